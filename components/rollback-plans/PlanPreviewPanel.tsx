"use client";

import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { usePreviewRollbackPlanMutation } from "@/lib/client/mutations/rollback-plans";
import type { PlanPreview } from "@/lib/client/queries/rollback-plans";

/** Asks the targets what each step of the saved plan would do now; nothing changes. */
export function PlanPreviewPanel({ planId, planName }: { planId: string; planName: string }) {
  const preview = usePreviewRollbackPlanMutation(planId);
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button variant="secondary" size="sm" pending={preview.isPending} pendingLabel="Asking the targets…" onClick={() => preview.mutate()}>
          {preview.isSuccess ? "Preview again" : "Preview"}
          <span className="sr-only"> {planName}</span>
        </Button>
      </div>
      <div aria-live="polite" className="empty:hidden">
        {preview.isError && <ErrorAlert error={preview.error} />}
        {preview.isSuccess && <PlanPreviewSteps preview={preview.data.preview} planName={planName} />}
      </div>
    </div>
  );
}

/** Each step's dry run (or "would do" record), before anything runs. */
export function PlanPreviewSteps({ preview, planName }: { preview: PlanPreview; planName: string }) {
  return (
    <div>
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Preview of version {preview.version}: what each step would do now. Nothing was changed.</p>
      <ol aria-label={`Preview of ${planName}`} className="flex flex-col gap-2 text-sm">
        {preview.steps.map((step) => (
          <li key={step.position} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <p className="font-medium break-words text-slate-900 dark:text-white">
              {step.position + 1}. {step.name}
            </p>
            {"error" in step.preview ? (
              <p className="mt-1 break-words text-red-800 dark:text-red-300">Preview failed: {step.preview.error}</p>
            ) : (
              <>
                <p className="mt-1 break-words text-slate-700 dark:text-slate-300">{step.preview.description}</p>
                {step.preview.dryRun.supported ? (
                  <>
                    <p className={`mt-1 font-medium ${step.preview.dryRun.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>
                      Dry run {step.preview.dryRun.ok ? "passed" : "found a problem"}
                    </p>
                    {step.preview.dryRun.lines.length > 0 && (
                      <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap text-slate-900 dark:bg-slate-800 dark:text-slate-100">
                        {step.preview.dryRun.lines.join("\n")}
                      </pre>
                    )}
                  </>
                ) : (
                  <p className="mt-1 break-words text-slate-700 dark:text-slate-300">
                    <span className="font-medium">No dry run for this step:</span> {step.preview.dryRun.wouldDo}
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
