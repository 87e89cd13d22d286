import { TextField } from "@/components/ui/Field";
import { planErrorKey, type PlanErrors } from "./plan-errors";
import { VERIFICATION_CHECKS_EXAMPLE } from "./step-param-examples";
import { TextAreaField } from "./TextAreaField";

type VerificationFieldsProps = {
  windowSeconds: string;
  checksText: string;
  errors: PlanErrors;
  elementId: (key: string) => string;
  onChange: (field: "windowSeconds" | "checks", value: string) => void;
};

/** What proves the rollback restored service: checks run over a window after the last step. */
export function VerificationFields({ windowSeconds, checksText, errors, elementId, onChange }: VerificationFieldsProps) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-300 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Verification</legend>
      <div className="flex flex-col gap-3">
        <div className="max-w-xs">
          <TextField
            id={elementId(planErrorKey.windowSeconds)}
            label="Window (seconds)"
            type="number"
            inputMode="numeric"
            min={0}
            max={3600}
            hint="How long the figures must stay good after the last step."
            value={windowSeconds}
            onChange={(event) => onChange("windowSeconds", event.target.value)}
            error={errors.byKey[planErrorKey.windowSeconds]}
          />
        </div>
        <TextAreaField
          id={elementId(planErrorKey.checks)}
          code
          label="Checks (JSON list)"
          rows={Math.min(14, Math.max(4, checksText.split("\n").length + 1))}
          value={checksText}
          onChange={(event) => onChange("checks", event.target.value)}
          error={errors.byKey[planErrorKey.checks]}
          hint={
            <details>
              <summary className="cursor-pointer font-medium text-indigo-800 dark:text-indigo-300">An example with every kind of check</summary>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs text-slate-900 dark:bg-slate-800 dark:text-slate-100">
                {JSON.stringify(VERIFICATION_CHECKS_EXAMPLE, null, 2)}
              </pre>
            </details>
          }
        />
      </div>
    </fieldset>
  );
}
