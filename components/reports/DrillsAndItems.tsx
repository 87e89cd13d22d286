import Link from "next/link";
import { formatDuration } from "@/lib/client/report-format";
import type { Report } from "@/lib/client/schemas/reports";

function Figure({ label, value, tone = "normal" }: { label: string; value: string | number; tone?: "normal" | "warning" }) {
  return (
    <div>
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`text-xl font-semibold tabular-nums ${tone === "warning" ? "text-red-700 dark:text-red-400" : "text-slate-900 dark:text-white"}`}>{value}</dd>
    </div>
  );
}

/** Drills (count and duration) and the follow-up work still open. */
export function DrillsAndItems({ report }: { report: Report }) {
  const { drills, actionItems, checklistItems } = report;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <section aria-labelledby="report-drills" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="report-drills">
        <h2 id="report-drills" className="text-base font-semibold text-slate-900 dark:text-white">
          Drills
        </h2>
        {drills.count === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            No drills in this range. Run any plan as a drill from its service&apos;s <Link className="font-medium text-indigo-800 underline dark:text-indigo-300" href="/services">Plans</Link>.
          </p>
        ) : (
          <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Figure label="Drills" value={drills.count} />
            <Figure label="Succeeded" value={drills.succeeded} />
            <Figure label="Duration p50" value={formatDuration(drills.p50)} />
            <Figure label="Duration p90" value={formatDuration(drills.p90)} />
          </dl>
        )}
      </section>
      <section aria-labelledby="report-items" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 id="report-items" className="text-base font-semibold text-slate-900 dark:text-white">
          Follow-up work
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label="Action items open" value={actionItems.open} />
          <Figure label="Action items overdue" value={actionItems.overdue} tone={actionItems.overdue > 0 ? "warning" : "normal"} />
          <Figure label="Checklist items open" value={checklistItems.open} />
          <Figure label="Checklist items overdue" value={checklistItems.overdue} tone={checklistItems.overdue > 0 ? "warning" : "normal"} />
        </dl>
      </section>
    </div>
  );
}
