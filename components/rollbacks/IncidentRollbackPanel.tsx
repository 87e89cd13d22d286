"use client";

import { Panel } from "@/components/incidents/detail/Panel";
import { Alert } from "@/components/ui/Alert";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { incidentRollbackRunsQueryKey } from "@/lib/client/rollback-cache";
import { useIncidentRollbackRunsQuery } from "@/lib/client/queries/useRollbackRunsQuery";
import { useRunnablePlansQuery } from "@/lib/client/queries/useRunnablePlansQuery";
import { useLiveRollbackRuns } from "@/lib/client/realtime/useLiveRollbackRuns";
import { RunView } from "./RunView";
import { StartRollbackForm } from "./StartRollbackForm";

type Props = { incidentRef: string; incidentId: string; services: { id: string; slug: string; name: string }[]; canRun: boolean };

/** The incident's rollbacks: start one from a service's plan, and watch every run live. */
export function IncidentRollbackPanel({ incidentRef, incidentId, services, canRun }: Props) {
  const runs = useIncidentRollbackRunsQuery(incidentRef);
  const plans = useRunnablePlansQuery(services.map((service) => service.id));
  const joinError = useLiveRollbackRuns({ kind: "incident", id: incidentId }, incidentRollbackRunsQueryKey(incidentRef));
  const slugs = Object.fromEntries(services.map((service) => [service.id, service.slug]));
  const ordered = [...(runs.data?.runs ?? [])].reverse();
  const active = ordered.find((run) => run.finishedAt === null);

  return (
    <Panel id="rollback" title="Rollback">
      <div className="flex flex-col gap-6">
        {joinError && <Alert tone="warning" title="Live updates are off">{joinError}</Alert>}
        {runs.isPending && <LoadingState label="Loading rollbacks…" />}
        {runs.isError && <QueryErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
        {ordered.map((run, index) =>
          index === 0 || run === active ? (
            <RunView key={run.id} run={run} canRun={canRun} />
          ) : (
            <details key={run.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <summary className="cursor-pointer text-sm font-medium text-slate-900 dark:text-white">
                Earlier {run.mode === "drill" ? "drill" : "rollback"}: {run.plan.name} ({run.status})
              </summary>
              <div className="mt-3">
                <RunView run={run} canRun={canRun} />
              </div>
            </details>
          ),
        )}
        {canRun && !active && (
          <StartSection collapsed={ordered.length > 0}>
            {plans.isPending ? (
              <LoadingState label="Loading rollback plans…" />
            ) : plans.plans.length === 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {services.length === 0 ? "Add the affected service to this incident to roll it back." : "These services have no rollback plan yet. An admin adds one on the service’s Plans page (built-in templates follow the runbooks)."}
              </p>
            ) : (
              <StartRollbackForm plans={plans.plans} incidentRef={incidentRef} serviceSlugs={slugs} />
            )}
          </StartSection>
        )}
        {!canRun && ordered.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">No rollback has started. A commander starts one here.</p>}
      </div>
    </Panel>
  );
}

/** Before any run the form is the point of the panel; after one it waits, folded, under the run. */
function StartSection({ collapsed, children }: { collapsed: boolean; children: React.ReactNode }) {
  if (!collapsed) return <section aria-label="Start a rollback" className="flex flex-col gap-3">{children}</section>;
  return (
    <details className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-medium text-slate-900 dark:text-white">Start another plan</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
