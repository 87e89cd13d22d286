"use client";

import Link from "next/link";
import { CommunicationsPanel } from "@/components/communications/CommunicationsPanel";
import { IncidentServicesHealth } from "@/components/health/IncidentServicesHealth";
import { PostMortemPanel } from "@/components/post-mortems/PostMortemPanel";
import { IncidentRollbackPanel } from "@/components/rollbacks/IncidentRollbackPanel";
import { Alert } from "@/components/ui/Alert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { useIncidentQuery } from "@/lib/client/queries/useIncidentQuery";
import { useIncidentRoom } from "@/lib/client/realtime/useIncidentRoom";
import { can, type Role } from "@/lib/domain/permissions";
import { ChecklistPanel } from "./checklist/ChecklistPanel";
import { DecisionPanel } from "./decision/DecisionPanel";
import { EscalationPanel } from "./detail/EscalationPanel";
import { IncidentHeader } from "./detail/IncidentHeader";
import { IncidentMilestones } from "./detail/IncidentMilestones";
import { TimeBudgetPanel } from "./detail/TimeBudgetPanel";
import { TimelinePanel } from "./timeline/TimelinePanel";

/** `incidentRef` is the key from the address (INC-42) or an id; every query of the page is keyed by it. */
export function IncidentPage({ incidentRef, role }: { incidentRef: string; role: Role }) {
  const query = useIncidentQuery(incidentRef);

  if (query.isPending) return <LoadingState label="Loading incident…" />;
  if (query.isLoadingError) {
    // A private incident the viewer does not take part in answers 404 too: say nothing that hints it exists.
    if (query.error instanceof ApiError && query.error.status === 404) return <IncidentNotFound />;
    return (
      <>
        <PageHeader title="Incident" />
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const { incident } = query.data;
  const canCommand = can(role, "incidents.command");
  return (
    <>
      <LiveIncident incidentRef={incidentRef} incidentId={incident.id} />
      <IncidentHeader incidentRef={incidentRef} incident={incident} canCommand={canCommand} />
      <p className="-mt-3 mb-6 text-sm">
        <Link href={`/incidents/${encodeURIComponent(incident.key)}/report`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
          Printable incident report
        </Link>
      </p>
      <div className="flex flex-col gap-6">
        <IncidentServicesHealth services={incident.services} />
        <div className="grid gap-6 lg:grid-cols-2">
          <TimeBudgetPanel incident={incident} />
          <EscalationPanel incident={incident} />
        </div>
        <DecisionPanel incidentRef={incidentRef} canCommand={canCommand} />
        <IncidentRollbackPanel incidentRef={incidentRef} incidentId={incident.id} services={incident.services} canRun={can(role, "rollbacks.run")} />
        <ChecklistPanel incidentRef={incidentRef} canEdit={can(role, "checklists.edit")} />
        <PostMortemPanel incidentRef={incidentRef} incidentId={incident.id} />
        <CommunicationsPanel incidentRef={incidentRef} incidentId={incident.id} canSend={can(role, "communications.send")} />
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <TimelinePanel incidentRef={incidentRef} />
          </div>
          <IncidentMilestones incident={incident} />
        </div>
      </div>
    </>
  );
}

/** Mounted once the incident's id is known, since the room is named by it. */
function LiveIncident({ incidentRef, incidentId }: { incidentRef: string; incidentId: string }) {
  const joinError = useIncidentRoom(incidentRef, incidentId);
  if (!joinError) return null;
  return (
    <div className="mb-4">
      <Alert tone="warning" title="Live updates are off">
        <p>{joinError}</p>
        <p className="mt-1">Reload the page to see other people’s changes.</p>
      </Alert>
    </div>
  );
}

function IncidentNotFound() {
  return (
    <>
      <PageHeader title="Incident not found" />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Check the key in the address, or find the incident in the{" "}
        <Link href="/incidents" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          list of incidents
        </Link>
        .
      </p>
    </>
  );
}
