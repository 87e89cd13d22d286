"use client";

import { formatClock } from "@/lib/client/durations";
import { budgetStoppedAt } from "@/lib/client/incident-clock";
import { SEVERITY_LABELS } from "@/lib/client/incident-labels";
import type { Incident } from "@/lib/client/schemas/incidents";
import { useNow } from "@/lib/client/use-now";
import { matrixRowFor } from "@/lib/domain/decisions/decision-matrix";
import { budgetState } from "@/lib/domain/incidents/time-budget";

/** Elapsed time since detection against the matrix budget, ticking every second. */
export function TimeBudgetPanel({ incident }: { incident: Incident }) {
  const now = useNow(1000);
  const stoppedAt = budgetStoppedAt(incident);
  const state = budgetState(incident.severity, new Date(incident.detectedAt), new Date(now), stoppedAt);
  const row = matrixRowFor({ scenario: incident.scenario, severity: incident.severity });
  const dataState = state.exceeded ? "exceeded" : stoppedAt ? "stopped" : state.budgetMinutes === null ? "none" : "running";
  const budgetSeconds = state.budgetMinutes === null ? null : state.budgetMinutes * 60;
  const fraction = budgetSeconds ? Math.min(1, state.elapsedSeconds / budgetSeconds) : 0;

  return (
    <section
      aria-labelledby="time-budget-heading"
      data-state={dataState}
      className={`min-w-0 rounded-lg border p-4 shadow-sm sm:p-6 ${
        state.exceeded ? "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950" : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      }`}
    >
      <h2 id="time-budget-heading" className="text-base font-semibold text-slate-900 dark:text-white">
        Time budget
      </h2>
      <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {/* role="timer" is not announced on every tick; the status line below speaks once when the budget runs out. */}
        <p
          role="timer"
          aria-labelledby="time-budget-heading"
          data-testid="time-budget"
          data-state={dataState}
          className={`font-mono text-4xl font-semibold tabular-nums ${state.exceeded ? "text-red-800 dark:text-red-200" : "text-slate-900 dark:text-white"}`}
        >
          {formatClock(state.elapsedSeconds)}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {budgetSeconds === null ? "elapsed since detection" : `of ${formatClock(budgetSeconds)} (${row?.budgetLabel ?? `${state.budgetMinutes} min`})`}
        </p>
      </div>
      {budgetSeconds !== null && (
        <div aria-hidden="true" className="mt-3 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
          <div className={`h-full ${state.exceeded ? "bg-red-600" : "bg-indigo-600 dark:bg-indigo-400"}`} style={{ width: `${fraction * 100}%` }} />
        </div>
      )}
      {/* The live line changes only when the state does; the countdown beside it is not announced every second. */}
      <p role="status" className={`mt-3 text-sm font-semibold ${state.exceeded ? "text-red-800 dark:text-red-200" : "text-slate-800 dark:text-slate-200"}`}>
        {statusLine(state.budgetMinutes, state.exceeded, stoppedAt !== null)}
      </p>
      {state.remainingSeconds !== null && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {state.exceeded ? `${formatClock(-state.remainingSeconds)} over the budget` : `${formatClock(state.remainingSeconds)} left to decide and act`}
        </p>
      )}
      {stoppedAt && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">The clock stopped when the incident was mitigated or resolved.</p>}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Severity</dt>
        <dd className="text-slate-900 dark:text-slate-100">{SEVERITY_LABELS[incident.severity]}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Decision maker</dt>
        <dd className="font-medium text-slate-900 dark:text-slate-100">{row?.decisionMaker ?? "Not in the matrix"}</dd>
        {row && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Matrix row</dt>
            <dd className="text-slate-900 dark:text-slate-100">
              {row.label}: {row.procedureLabel}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function statusLine(budgetMinutes: number | null, exceeded: boolean, stopped: boolean): string {
  if (budgetMinutes === null) return "No time budget (next release)";
  if (exceeded) return "Budget exceeded";
  return stopped ? "Finished within budget" : "Within budget";
}
