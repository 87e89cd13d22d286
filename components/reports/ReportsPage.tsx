import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export function ReportsPage() {
  return (
    <>
      <PageHeader title="Reports" description="Incident reports and trends for managers and the team." />
      <EmptyState
        icon={<ReportsIcon />}
        title="No reports yet"
        description="Reports on time to rollback, MTTR, severity mix and drill results appear once incidents are resolved."
      />
    </>
  );
}

function ReportsIcon() {
  return (
    <svg className="size-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <path d="M4 20V10m6 10V4m6 16v-7m4 7H2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
