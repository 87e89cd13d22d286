import { formatDuration, formatShare } from "@/lib/client/report-format";
import type { Report } from "@/lib/client/schemas/reports";
import { BUDGETED_CLOCKS, CLOCK_LABELS, CLOCKS } from "@/lib/domain/reports/incident-facts";

const NOT_REACHED: Record<(typeof CLOCKS)[number], string> = {
  timeToDecision: "never decided",
  timeToRollback: "never rolled back",
  timeToVerified: "not verified yet",
  mttr: "still open",
};

/** The four clocks at a glance: p50, p90, the share within the matrix budget, and how many never stopped. */
export function ClockSummaryCards({ report }: { report: Report }) {
  return (
    <ul aria-label="Clocks" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {CLOCKS.map((clock) => {
        const summary = report.clocks[clock];
        return (
          <li key={clock} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 className="text-sm font-medium text-slate-600 dark:text-slate-400">{CLOCK_LABELS[clock]}</h2>
            <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums dark:text-white">
              {formatDuration(summary.p50)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">p50</span>
            </p>
            <p className="text-sm text-slate-700 tabular-nums dark:text-slate-300">p90 {formatDuration(summary.p90)}</p>
            {BUDGETED_CLOCKS.includes(clock) && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {formatShare(summary.shareWithinBudget)} within budget ({summary.withinBudget} of {summary.budgeted})
              </p>
            )}
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {summary.measured} measured, {summary.notReached} {NOT_REACHED[clock]}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
