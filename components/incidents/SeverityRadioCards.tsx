import { SEVERITY_HINTS, SEVERITY_LABELS } from "@/lib/client/incident-labels";
import { budgetMinutesFor } from "@/lib/domain/decisions/decision-matrix";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import { FieldsetFrame } from "./form/FieldsetFrame";

const RING = {
  critical: "has-checked:border-red-700 has-checked:ring-red-700 dark:has-checked:border-red-400 dark:has-checked:ring-red-400",
  high: "has-checked:border-amber-700 has-checked:ring-amber-700 dark:has-checked:border-amber-400 dark:has-checked:ring-amber-400",
  medium: "has-checked:border-indigo-700 has-checked:ring-indigo-700 dark:has-checked:border-indigo-400 dark:has-checked:ring-indigo-400",
  low: "has-checked:border-slate-700 has-checked:ring-slate-700 dark:has-checked:border-slate-300 dark:has-checked:ring-slate-300",
} as const satisfies Record<Severity, string>;

/**
 * Big radio cards: each names the severity, what it means, and the time
 * budget it starts. The radio's name is the severity alone; the rest describes it.
 */
export function SeverityRadioCards({ value, onChange, error }: { value: Severity | null; onChange: (severity: Severity) => void; error?: string }) {
  return (
    <FieldsetFrame id="declare-severity" legend="Severity" error={error}>
      <div className="grid gap-2 sm:grid-cols-2">
        {SEVERITIES.map((severity) => {
          const budget = budgetMinutesFor(severity);
          return (
            <label
              key={severity}
              className={`flex cursor-pointer gap-3 rounded-lg border border-slate-300 bg-white p-3 ring-offset-0 has-checked:ring-2 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-950 ${RING[severity]}`}
            >
              <input
                type="radio"
                name="severity"
                value={severity}
                required
                checked={value === severity}
                onChange={() => onChange(severity)}
                aria-labelledby={`severity-${severity}-label`}
                aria-describedby={`severity-${severity}-hint`}
                className="mt-1 size-4 accent-indigo-600"
              />
              <span className="text-sm">
                <span id={`severity-${severity}-label`} className="block font-semibold text-slate-900 dark:text-white">
                  {SEVERITY_LABELS[severity]}
                </span>
                <span id={`severity-${severity}-hint`} className="block text-slate-700 dark:text-slate-300">
                  {SEVERITY_HINTS[severity]}
                </span>
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                  {budget === null ? "No time budget: fix in the next release" : `Decide and act within ${budget} min`}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}
