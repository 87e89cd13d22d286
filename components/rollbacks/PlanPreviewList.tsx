import type { PlanPreview } from "@/lib/client/schemas/rollback-runs";

/** Each step's dry run (or "would do" record) before anything runs. */
export function PlanPreviewList({ preview }: { preview: PlanPreview }) {
  return (
    <ol aria-label="Preview" className="flex flex-col gap-2 text-sm">
      {preview.steps.map((step) => (
        <li key={step.position} className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
          <p className="font-medium text-slate-900 dark:text-white">
            {step.position + 1}. {step.name}
          </p>
          {"error" in step.preview ? (
            <p className="text-red-800 dark:text-red-300">Preview failed: {step.preview.error}</p>
          ) : step.preview.dryRun.supported ? (
            <>
              <p className={step.preview.dryRun.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}>
                Dry run {step.preview.dryRun.ok ? "passed" : "found a problem"}
              </p>
              <ul className="mt-1 font-mono text-xs text-slate-700 dark:text-slate-300">
                {step.preview.dryRun.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{step.preview.dryRun.wouldDo}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
