import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export function IncidentsPage() {
  return (
    <>
      <PageHeader title="Incidents" description="Open and recent incidents, their live health and where each rollback stands." />
      <EmptyState
        icon={<IncidentIcon />}
        title="No incidents yet"
        description="When an Alertmanager alert fires or a commander declares an incident, it appears here with its live health and guided rollback."
      />
    </>
  );
}

function IncidentIcon() {
  return (
    <svg className="size-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <path d="M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
