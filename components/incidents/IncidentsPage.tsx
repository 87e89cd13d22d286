"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { buttonClasses } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useIncidentsQuery, type IncidentsFilter } from "@/lib/client/queries/useIncidentsQuery";
import { useLiveIncidentsList } from "@/lib/client/realtime/useLiveIncidentsList";
import { IncidentsTable } from "./IncidentsTable";
import { SegmentedControl } from "./SegmentedControl";

const FILTERS = [
  { value: "open", label: "Open" },
  { value: "all", label: "All" },
] as const satisfies readonly { value: IncidentsFilter; label: string }[];

export function IncidentsPage({ canDeclare }: { canDeclare: boolean }) {
  const [filter, setFilter] = useState<IncidentsFilter>("open");
  const query = useIncidentsQuery(filter);
  const liveError = useLiveIncidentsList();
  const declareLink = canDeclare && (
    <Link href="/incidents/new" className={buttonClasses("primary")}>
      Declare an incident
    </Link>
  );
  // One "Declare an incident" at a time: in the header beside a list, in the empty state otherwise.
  const hasIncidents = (query.data?.incidents.length ?? 0) > 0;

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Open and recent incidents, their live health and where each rollback stands."
        actions={hasIncidents ? declareLink : undefined}
      />
      <div className="flex flex-col gap-4">
        {liveError && (
          <Alert tone="warning" title="Live updates are off">
            <p>{liveError}</p>
            <p className="mt-1">Reload the page to see new incidents.</p>
          </Alert>
        )}
        <SegmentedControl label="Show incidents" options={FILTERS} value={filter} onChange={setFilter} />
        {query.isPending ? (
          <LoadingState label="Loading incidents…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.incidents.length === 0 ? (
          filter === "open" ? (
            <NoIncidents declareLink={declareLink} onShowAll={() => setFilter("all")} />
          ) : (
            <EmptyState
              icon={<IncidentIcon />}
              title="No incidents yet"
              description="When an Alertmanager alert fires or a commander declares an incident, it appears here with its live health and guided rollback."
              action={declareLink}
            />
          )
        ) : (
          <IncidentsTable incidents={query.data.incidents} caption={filter === "open" ? "Open incidents, newest first" : "All incidents, newest first"} />
        )}
      </div>
    </>
  );
}

/** Nothing open: either nothing ever happened, or everything is resolved; offer both ways on. */
function NoIncidents({ declareLink, onShowAll }: { declareLink: ReactNode; onShowAll: () => void }) {
  return (
    <EmptyState
      icon={<IncidentIcon />}
      title="No incidents yet"
      description={
        <>
          No incident is open. When an Alertmanager alert fires or a commander declares an incident, it appears here with its live health and guided
          rollback.{" "}
          <button type="button" onClick={onShowAll} className="font-medium text-indigo-800 underline dark:text-indigo-300">
            Show resolved and closed incidents
          </button>
        </>
      }
      action={declareLink}
    />
  );
}

function IncidentIcon() {
  return (
    <svg className="size-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <path d="M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
