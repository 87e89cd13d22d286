"use client";

import Link from "next/link";
import { useState } from "react";
import { Panel } from "@/components/incidents/detail/Panel";
import { Badge } from "@/components/ui/Badge";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { serviceRollbackRunsQueryKey } from "@/lib/client/rollback-cache";
import { useServiceRollbackRunsQuery } from "@/lib/client/queries/useRollbackRunsQuery";
import { useRunnablePlansQuery } from "@/lib/client/queries/useRunnablePlansQuery";
import { useLiveRollbackRuns } from "@/lib/client/realtime/useLiveRollbackRuns";
import type { RollbackRun } from "@/lib/client/schemas/rollback-runs";
import { formatDuration, RUN_STATUS } from "./run-labels";
import { RunView } from "./RunView";
import { StartRollbackForm } from "./StartRollbackForm";

type Props = { serviceRef: string; service: { id: string; slug: string }; canRun: boolean };

/** The service's plans, a drill button, and its rollback and drill history with timings and problems. */
export function ServiceRollbacksSection({ serviceRef, service, canRun }: Props) {
  const runs = useServiceRollbackRunsQuery(serviceRef);
  const plans = useRunnablePlansQuery([service.id]);
  const joinError = useLiveRollbackRuns({ kind: "service", id: service.id }, serviceRollbackRunsQueryKey(serviceRef));
  const [openRunId, setOpenRunId] = useState<string | null>(null);
  const history = runs.data?.runs ?? [];
  // The newest run (a drill just started, say) is open until another is picked.
  const open = history.find((run) => run.id === openRunId) ?? history[0] ?? null;

  return (
    <Panel
      id="service-rollbacks"
      title="Rollback plans, runs and drills"
      actions={
        <Link href={`/services/${service.slug}/plans`} className="text-sm font-medium text-indigo-800 underline dark:text-indigo-300">
          Plans ({plans.plans.length})
        </Link>
      }
    >
      <div className="flex flex-col gap-6">
        {joinError && <p className="text-sm text-amber-800 dark:text-amber-200">{joinError}</p>}
        {canRun && plans.plans.length > 0 && (
          <details className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-medium text-slate-900 dark:text-white">Run a drill (no side effects)</summary>
            <div className="mt-3">
              <StartRollbackForm plans={plans.plans} serviceSlugs={{ [service.id]: service.slug }} defaultMode="drill" />
            </div>
          </details>
        )}
        {!plans.isPending && plans.plans.length === 0 && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            No rollback plan yet. An admin adds one from a built-in template on the{" "}
            <Link href={`/services/${service.slug}/plans`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
              Plans page
            </Link>
            .
          </p>
        )}
        {runs.isPending && <LoadingState label="Loading rollback history…" />}
        {runs.isError && <QueryErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
        {history.length > 0 && <RunHistoryTable runs={history} openRunId={open?.id ?? null} onOpen={setOpenRunId} />}
        {!runs.isPending && history.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">No rollback or drill has run for this service yet.</p>}
        {open && <RunView run={open} canRun={canRun} />}
      </div>
    </Panel>
  );
}

function RunHistoryTable({ runs, openRunId, onOpen }: { runs: RollbackRun[]; openRunId: string | null; onOpen(id: string): void }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rollback and drill history</caption>
        <thead className="text-xs text-slate-600 uppercase dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3">When</th>
            <th scope="col" className="py-1 pr-3">Kind</th>
            <th scope="col" className="py-1 pr-3">Plan</th>
            <th scope="col" className="py-1 pr-3">Result</th>
            <th scope="col" className="py-1 pr-3">Duration</th>
            <th scope="col" className="py-1">Problems</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const problems = run.steps.filter((step) => step.status === "failed" || step.status === "outcome_unknown");
            return (
              <tr key={run.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1 pr-3 whitespace-nowrap">
                  <button type="button" aria-pressed={openRunId === run.id} onClick={() => onOpen(run.id)} className="font-medium text-indigo-800 underline dark:text-indigo-300">
                    {new Date(run.createdAt).toLocaleString()}
                  </button>
                </td>
                <td className="py-1 pr-3">{run.mode === "drill" ? "Drill" : run.trigger === "automatic" ? "Automatic rollback" : "Rollback"}</td>
                <td className="py-1 pr-3">{run.plan.name}</td>
                <td className="py-1 pr-3">
                  <Badge tone={RUN_STATUS[run.status].tone}>{RUN_STATUS[run.status].label}</Badge>
                  {run.verificationStatus === "passed" && <span className="ml-1 text-xs text-emerald-800 dark:text-emerald-300">verified</span>}
                  {run.verificationStatus === "failed" && <span className="ml-1 text-xs text-red-800 dark:text-red-300">not restored</span>}
                </td>
                <td className="py-1 pr-3 tabular-nums">{formatDuration(run.durationMs)}</td>
                <td className="py-1">{problems.length === 0 ? "None" : problems.map((step) => `${step.position + 1}. ${step.error ?? step.status}`).join("; ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
