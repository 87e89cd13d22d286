"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { reportSearch, useReportQuery, type ReportFilters } from "@/lib/client/queries/reports";
import type { Report } from "@/lib/client/schemas/reports";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import { ClockSummaryCards } from "./ClockSummaryCards";
import { ClockTrendChart } from "./ClockTrendChart";
import { DrillsAndItems } from "./DrillsAndItems";
import { IncidentsOverTimeChart } from "./IncidentsOverTimeChart";
import { MitigationChart } from "./MitigationChart";
import { ReportFiltersForm } from "./ReportFiltersForm";
import { ReportsSkeleton } from "./ReportsSkeleton";

export function ReportsPage({ initialFilters }: { initialFilters: ReportFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const [filters, setFilters] = useState(initialFilters);
  const query = useReportQuery(filters);
  const change = (next: ReportFilters) => {
    setFilters(next);
    const search = reportSearch(next);
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  const severity = SEVERITIES.find((value) => value === filters.severity);
  return (
    <>
      <PageHeader title="Reports" description="Time to decision, rollback and recovery against the decision matrix's budgets, for the incidents you can see." />
      <div className="flex flex-col gap-6">
        <ReportFiltersForm filters={filters} onChange={change} />
        {query.isPending ? (
          <ReportsSkeleton />
        ) : query.isError && !query.data ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <ReportBody report={query.data.report} severity={severity} stale={query.isPlaceholderData} />
        )}
      </div>
    </>
  );
}

function ReportBody({ report, severity, stale }: { report: Report; severity?: Severity; stale: boolean }) {
  if (report.totals.incidents === 0 && report.drills.count === 0) {
    return (
      <EmptyState
        title="No incidents in this range"
        description={
          <>
            Widen the date range or clear the service and severity filters. Reports fill in as incidents are{" "}
            <Link className="font-medium text-indigo-800 underline dark:text-indigo-300" href="/incidents/new">
              declared
            </Link>{" "}
            and resolved.
          </>
        }
      />
    );
  }
  return (
    <div className={`flex flex-col gap-6 transition-opacity ${stale ? "opacity-60" : ""}`} aria-busy={stale} data-testid="report-body">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {report.totals.incidents} incidents: {report.totals.resolved} resolved, {report.totals.open} still open.
      </p>
      <ClockSummaryCards report={report} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <IncidentsOverTimeChart report={report} />
        <ClockTrendChart report={report} severity={severity} />
      </div>
      <MitigationChart report={report} />
      <DrillsAndItems report={report} />
    </div>
  );
}
