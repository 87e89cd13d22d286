"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { useDeclareIncidentMutation } from "@/lib/client/mutations/useDeclareIncidentMutation";
import type { Service } from "@/lib/client/schemas/services";
import { DECISION_MATRIX, matrixRowFor, SCENARIOS, type Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { Severity } from "@/lib/domain/incidents/lifecycle";
import { TextAreaField } from "./form/TextAreaField";
import { ServicePicker } from "./ServicePicker";
import { SeverityRadioCards } from "./SeverityRadioCards";

const FIELDS = ["title", "serviceIds", "severity", "scenario", "detectedAt", "summary", "private"] as const;

const SCENARIO_OPTIONS = [{ value: "", label: "Not sure yet" }, ...DECISION_MATRIX.map((row) => ({ value: row.scenario, label: row.label }))];

export function DeclareIncidentForm({ services }: { services: readonly Service[] }) {
  const router = useRouter();
  const mutation = useDeclareIncidentMutation();
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [scenario, setScenario] = useState<Scenario | "">("");
  const [isPrivate, setPrivate] = useState(false);
  const fieldError = (field: (typeof FIELDS)[number]) => fieldErrorFor(mutation.error, field);

  function chooseScenario(value: string) {
    const next = SCENARIOS.find((candidate) => candidate === value) ?? "";
    setScenario(next);
    const row = next ? matrixRowFor({ scenario: next }) : null;
    if (!row) return;
    // The matrix knows this scenario's severity, and a security issue must start private (its details must not spread).
    setSeverity((current) => current ?? row.severity);
    if (row.privateByDefault) setPrivate(true);
  }

  function onSubmit(data: FormData) {
    if (!severity) return;
    const summary = String(data.get("summary") ?? "").trim();
    const detectedAt = String(data.get("detectedAt") ?? "");
    mutation.mutate(
      {
        title: String(data.get("title") ?? "").trim(),
        summary: summary || undefined,
        severity,
        scenario: scenario || undefined,
        serviceIds: data.getAll("serviceIds").map(String),
        // datetime-local has no zone: it is the viewer's local time, which Date reads it as.
        detectedAt: detectedAt ? new Date(detectedAt).toISOString() : undefined,
        private: isPrivate,
      },
      { onSuccess: ({ incident }) => router.push(`/incidents/${incident.key}`) },
    );
  }

  return (
    <FormCard title="What is happening?" onSubmit={onSubmit} submitLabel="Declare incident" pending={mutation.isPending} pendingLabel="Declaring…">
      {mutation.isError && <ErrorAlert error={mutation.error} fields={fieldsShownInline(mutation.error, FIELDS)} />}
      <TextField name="title" label="Title" required maxLength={200} autoComplete="off" hint="What users see, e.g. “Checkout returns 500 after 14:02 deploy”." error={fieldError("title")} />
      <ServicePicker services={services} error={fieldError("serviceIds")} />
      <SeverityRadioCards value={severity} onChange={setSeverity} error={fieldError("severity")} />
      <SelectField
        name="scenario"
        label="Scenario (optional)"
        options={SCENARIO_OPTIONS}
        value={scenario}
        onChange={(event) => chooseScenario(event.target.value)}
        hint="A row of the rollback decision matrix: it sets the time budget and who decides."
        error={fieldError("scenario")}
      />
      <PrivateCheckbox checked={isPrivate} onChange={setPrivate} error={fieldError("private")} />
      <TextField name="detectedAt" type="datetime-local" label="Detected at" optional hint="Leave empty for now. The time budget counts from here." error={fieldError("detectedAt")} />
      <TextAreaField name="summary" label="Summary" optional rows={3} maxLength={2000} hint="What you know so far." error={fieldError("summary")} />
    </FormCard>
  );
}

function PrivateCheckbox({ checked, onChange, error }: { checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  return (
    <div>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="private"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby="declare-private-hint"
          className="mt-0.5 size-4 accent-indigo-600"
        />
        <span className="font-medium text-slate-900 dark:text-slate-100">Private</span>
      </label>
      <p id="declare-private-hint" className="mt-1 ml-7 text-xs text-slate-600 dark:text-slate-400">
        Only its participants and admins can see a private incident. Use it for security issues.
      </p>
      {error && <p className="mt-1 ml-7 text-sm font-medium text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
