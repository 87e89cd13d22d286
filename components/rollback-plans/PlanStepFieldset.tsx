"use client";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { ACTION_KIND_LABELS, ACTION_KINDS } from "@/lib/domain/rollback/action-kinds";
import { CheckboxField } from "./CheckboxField";
import type { StepDraft } from "./plan-draft";
import { planErrorKey, type PlanErrors, type StepField } from "./plan-errors";
import { ScriptPicker, type ScriptChoices } from "./ScriptPicker";
import { stepParamsExampleText } from "./step-param-examples";
import { TextAreaField } from "./TextAreaField";
import type { StepEditing } from "./usePlanEditing";

const KIND_OPTIONS = ACTION_KINDS.map((kind) => ({ value: kind, label: ACTION_KIND_LABELS[kind] }));

type PlanStepFieldsetProps = {
  step: StepDraft;
  /** 1-based, as people count. */
  position: number;
  count: number;
  errors: PlanErrors;
  /** The id of the element standing for `key` (an error key, or "<step id>.up", ".down", ".remove"). */
  elementId: (key: string) => string;
  editing: StepEditing;
  /** The registered runbook scripts, for command steps. */
  scripts: ScriptChoices;
};

/** One step of the plan: what it is, its params as JSON, its limits, and how careful the commander must be with it. */
export function PlanStepFieldset({ step, position, count, errors, elementId, editing, scripts }: PlanStepFieldsetProps) {
  const key = (field: StepField) => planErrorKey.stepField(step.id, field);
  const idOf = (field: StepField) => elementId(key(field));
  const errorOf = (field: StepField) => errors.byKey[key(field)];
  const stepError = errors.byKey[planErrorKey.step(step.id)];
  const usesExample = step.paramsText === stepParamsExampleText(step.kind);

  return (
    <li>
      <fieldset className="min-w-0 rounded-lg border border-slate-300 p-3 sm:p-4 dark:border-slate-700" data-testid="plan-step">
        <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Step {position}</legend>
        <p id={elementId(planErrorKey.step(step.id))} tabIndex={-1} className="text-sm font-medium text-red-700 empty:hidden focus:outline-none dark:text-red-300">
          {stepError}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="grid min-w-0 flex-1 gap-3 md:grid-cols-2">
            <TextField
              id={idOf("name")}
              label="Step name"
              required
              maxLength={120}
              autoComplete="off"
              placeholder="Deploy the previous version"
              value={step.name}
              onChange={(event) => editing.change("name", { name: event.target.value })}
              error={errorOf("name")}
            />
            <SelectField id={idOf("kind")} label="Kind" options={KIND_OPTIONS} value={step.kind} onChange={(event) => editing.setKind(event.target.value as StepDraft["kind"])} error={errorOf("kind")} />
          </div>
          <div className="flex flex-wrap gap-2 sm:pt-6">
            <Button id={elementId(`${step.id}.up`)} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === 1} onClick={() => editing.move(-1)}>
              <span>
                Move<span className="sr-only"> step {position}</span> up
              </span>
            </Button>
            <Button id={elementId(`${step.id}.down`)} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === count} onClick={() => editing.move(1)}>
              <span>
                Move<span className="sr-only"> step {position}</span> down
              </span>
            </Button>
            <Button id={elementId(`${step.id}.remove`)} variant="secondary" size="sm" onClick={editing.remove}>
              <span>
                Remove step<span className="sr-only"> {position}</span>
              </span>
            </Button>
          </div>
        </div>

        {step.kind === "command" && (
          <div className="mt-3">
            <ScriptPicker id={`${idOf("params")}-script`} paramsText={step.paramsText} scripts={scripts} onPick={(paramsText) => editing.change("params", { paramsText })} />
          </div>
        )}
        <div className="mt-3">
          <TextAreaField
            id={idOf("params")}
            code
            label="Parameters (JSON)"
            rows={Math.min(14, Math.max(4, step.paramsText.split("\n").length + 1))}
            value={step.paramsText}
            onChange={(event) => editing.change("params", { paramsText: event.target.value })}
            error={errorOf("params")}
            hint={
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>
                  The {ACTION_KIND_LABELS[step.kind].toLowerCase()} settings. Write secrets as <code className="font-mono">{'{ "secret": "name" }'}</code>.
                </span>
                {!usesExample && (
                  <button
                    type="button"
                    className="font-medium text-indigo-800 underline dark:text-indigo-300"
                    onClick={() => editing.change("params", { paramsText: stepParamsExampleText(step.kind) })}
                  >
                    Replace with the example<span className="sr-only"> for step {position}</span>
                  </button>
                )}
              </div>
            }
          />
        </div>

        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <TextField
            id={idOf("timeoutSeconds")}
            label="Timeout (seconds)"
            type="number"
            inputMode="numeric"
            min={1}
            max={21600}
            value={step.timeoutSeconds}
            onChange={(event) => editing.change("timeoutSeconds", { timeoutSeconds: event.target.value })}
            error={errorOf("timeoutSeconds")}
          />
          <TextField
            id={idOf("maxAttempts")}
            label="Attempts"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            hint="In all, the first included."
            value={step.maxAttempts}
            onChange={(event) => editing.change("maxAttempts", { maxAttempts: event.target.value })}
            error={errorOf("maxAttempts")}
          />
          <TextField
            id={idOf("backoffSeconds")}
            label="Wait between attempts (seconds)"
            type="number"
            inputMode="numeric"
            min={0}
            max={600}
            value={step.backoffSeconds}
            onChange={(event) => editing.change("backoffSeconds", { backoffSeconds: event.target.value })}
            error={errorOf("backoffSeconds")}
          />
        </div>

        <div className="mt-4 flex flex-col gap-3">
          <CheckboxField
            id={idOf("destructive")}
            label="Destructive"
            hint="The commander must type the service's name to run it."
            checked={step.destructive}
            onChange={(destructive) => editing.change("destructive", { destructive })}
            error={errorOf("destructive")}
          />
          <div className="ml-7">
            <CheckboxField
              id={idOf("requiresApproval")}
              label="Needs a second commander's approval"
              hint={step.destructive ? "Another commander must approve before it runs." : "Only destructive steps can ask for it."}
              checked={step.destructive && step.requiresApproval}
              disabled={!step.destructive}
              onChange={(requiresApproval) => editing.change("requiresApproval", { requiresApproval })}
              error={errorOf("requiresApproval")}
            />
          </div>
          <CheckboxField
            id={idOf("pointOfNoReturn")}
            label="Point of no return"
            hint="After this step the rollback cannot be undone; the commander is warned and must confirm."
            checked={step.pointOfNoReturn}
            onChange={(pointOfNoReturn) => editing.change("pointOfNoReturn", { pointOfNoReturn })}
            error={errorOf("pointOfNoReturn")}
          />
          {step.pointOfNoReturn && (
            <Alert tone="warning">Nothing after step {position} can be undone by Rewind. Say in the warning below what is lost, so the commander can decide.</Alert>
          )}
          <TextField
            id={idOf("warning")}
            label="Warning shown before this step"
            optional
            maxLength={1000}
            autoComplete="off"
            placeholder={step.pointOfNoReturn ? "Orders placed after the dump are lost." : undefined}
            value={step.warning}
            onChange={(event) => editing.change("warning", { warning: event.target.value })}
            error={errorOf("warning")}
          />
        </div>
      </fieldset>
    </li>
  );
}
