import { Badge } from "@/components/ui/Badge";
import type { PlanStepDto } from "@/lib/client/queries/rollback-plans";
import { ACTION_KIND_LABELS } from "@/lib/domain/rollback/action-kinds";

function attemptsText(step: PlanStepDto): string {
  const { maxAttempts, backoffSeconds } = step.retry;
  return maxAttempts === 1 ? "no retry" : `up to ${maxAttempts} attempts, ${backoffSeconds} s apart`;
}

/** A saved plan's steps as sentences (the server's), with what makes each one need care. */
export function PlanStepList({ steps, label }: { steps: readonly PlanStepDto[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-3">
      {steps.map((step, index) => (
        <li key={index} className="flex gap-3">
          <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
            {index + 1}
          </span>
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words text-slate-900 dark:text-white">
                <span className="sr-only">Step {index + 1}: </span>
                {step.name}
              </span>
              <Badge>{ACTION_KIND_LABELS[step.kind]}</Badge>
              {step.destructive && <Badge tone="danger">Destructive</Badge>}
              {step.requiresApproval && <Badge tone="warning">Second approval</Badge>}
              {step.pointOfNoReturn && <Badge tone="danger">Point of no return</Badge>}
            </p>
            <p className="mt-0.5 text-sm break-words text-slate-700 dark:text-slate-300">{step.description}</p>
            {step.warning && (
              <p className="mt-1 text-sm break-words text-amber-900 dark:text-amber-200">
                <span className="font-semibold">Warning:</span> {step.warning}
              </p>
            )}
            <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
              Times out after {step.timeoutSeconds} s, {attemptsText(step)}.
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
