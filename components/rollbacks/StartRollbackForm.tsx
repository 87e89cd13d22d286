"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import { usePreviewRollbackPlanMutation } from "@/lib/client/mutations/rollback-plans";
import { useStartRollbackRunMutation } from "@/lib/client/mutations/useRollbackRunMutations";
import type { RunnablePlan } from "@/lib/client/schemas/rollback-runs";
import { PlanPreviewSteps } from "@/components/rollback-plans/PlanPreviewPanel";

type Props = { plans: RunnablePlan[]; incidentRef?: string; serviceSlugs: Record<string, string>; defaultMode?: "live" | "drill" };

/** Pick a plan, say why, preview it, and start it live or as a drill. */
export function StartRollbackForm({ plans, incidentRef, serviceSlugs, defaultMode = "live" }: Props) {
  const [planId, setPlanId] = useState(plans[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [mode, setMode] = useState<"live" | "drill">(incidentRef ? defaultMode : "drill");
  const start = useStartRollbackRunMutation();
  const preview = usePreviewRollbackPlanMutation(planId || plans[0]?.id || "");
  const plan = plans.find((candidate) => candidate.id === planId) ?? plans[0];
  if (!plan) return null;
  const concurrent = start.error instanceof ApiError && start.error.status === 409;
  const submit = (overrideConcurrent: boolean) =>
    start.mutate({ planId: plan.id, mode, reason: reason.trim(), incident: mode === "live" ? incidentRef : undefined, overrideConcurrent }, { onSuccess: () => setReason("") });

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <SelectField
        label="Rollback plan"
        value={plan.id}
        onChange={(event) => {
          setPlanId(event.target.value);
          preview.reset();
        }}
        options={plans.map((candidate) => ({ value: candidate.id, label: `${serviceSlugs[candidate.serviceId] ?? ""} · ${candidate.name} (${candidate.steps.length} steps)` }))}
      />
      <ol className="list-decimal pl-5 text-sm text-slate-700 dark:text-slate-300">
        {plan.steps.map((step, index) => (
          <li key={index}>
            <span className="font-medium text-slate-900 dark:text-white">{step.name}</span>: {step.description}
            {step.destructive && " (destructive: asks for the service's name)"}
            {step.pointOfNoReturn && " (point of no return)"}
          </li>
        ))}
      </ol>
      <TextField label="Reason" value={reason} onChange={(event) => setReason(event.target.value)} required placeholder="e.g. error rate 12% after deploying 1.5.0" />
      {incidentRef && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Mode</legend>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="rollback-mode" checked={mode === "live"} onChange={() => setMode("live")} /> Live rollback
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="rollback-mode" checked={mode === "drill"} onChange={() => setMode("drill")} /> Drill (no side effects)
          </label>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={mode === "live" ? "danger" : "primary"} disabled={!reason.trim()} pending={start.isPending} pendingLabel="Starting…">
          {mode === "live" ? "Start rollback" : "Start drill"}
        </Button>
        <Button variant="secondary" onClick={() => preview.mutate()} pending={preview.isPending} pendingLabel="Previewing…">
          Preview (dry run)
        </Button>
        <Link href={`/services/${serviceSlugs[plan.serviceId] ?? plan.serviceId}/plans`} className="self-center text-sm text-indigo-800 underline dark:text-indigo-300">
          See all plans
        </Link>
      </div>
      {concurrent && (
        <ErrorAlert
          error={start.error}
          actions={
            <Button variant="danger" size="sm" onClick={() => submit(true)}>
              Run it anyway (override)
            </Button>
          }
        />
      )}
      {start.isError && !concurrent && <ErrorAlert error={start.error} fields={[]} />}
      {preview.isError && <ErrorAlert error={preview.error} />}
      {preview.data && <PlanPreviewSteps preview={preview.data.preview} planName={plan.name} />}
    </form>
  );
}
