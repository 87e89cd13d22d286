"use client";

import { Alert } from "@/components/ui/Alert";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { useUpdateThresholdsMutation, type UpdateThresholdsBody } from "@/lib/client/mutations/useUpdateThresholdsMutation";
import { useThresholdsQuery } from "@/lib/client/queries/useThresholdsQuery";
import { numberInput } from "./source-draft";
import { SwitchField } from "./SwitchField";

const NUMBER_FIELDS = [
  { name: "errorRatePercent", label: "Error rate above (%)", hint: "Share of requests that fail (5xx). Seed default: 5 %.", step: "0.1" },
  { name: "p95IncreasePercent", label: "p95 worse than baseline by (%)", hint: "Seed default: 50 %.", step: "1" },
  { name: "unavailableMinutes", label: "Unavailable for (minutes)", hint: "Every check failing this long. Seed default: 5.", step: "0.5" },
  { name: "failedChecks", label: "Failed health checks in a row", hint: "Seed default: 3.", step: "1" },
  { name: "baselineMinutes", label: "Baseline window (minutes)", hint: "The p95 baseline is the median over this window before the latest deploy or incident.", step: "1" },
] as const;

const FIELDS = [...NUMBER_FIELDS.map((field) => field.name), "declareIncident", "autoRollback"];

/** When a breach raises a signal, and what a signal does. */
export function ThresholdsForm({ serviceRef }: { serviceRef: string }) {
  const query = useThresholdsQuery(serviceRef);
  const mutation = useUpdateThresholdsMutation(serviceRef);

  if (query.isPending) return <LoadingState label="Loading thresholds…" />;
  if (query.isLoadingError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { thresholds } = query.data;
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;

  function onSubmit(data: FormData) {
    const body: UpdateThresholdsBody = {
      version: thresholds.version,
      declareIncident: data.get("declareIncident") === "on",
      autoRollback: data.get("autoRollback") === "on",
    };
    for (const field of NUMBER_FIELDS) body[field.name] = numberInput(String(data.get(field.name) ?? ""));
    mutation.mutate(body);
  }

  return (
    // Keyed by version: after a save, or someone else's, the fields show what is stored.
    <FormCard key={thresholds.version} title="Thresholds and triggers" onSubmit={onSubmit} submitLabel="Save thresholds" pending={mutation.isPending} pendingLabel="Saving…">
      {mutation.isSuccess && <Alert tone="success" title="Thresholds saved" />}
      {conflict ? (
        <Alert tone="warning" title="Someone changed these thresholds first">
          The form now shows their values. Make your change again if it still applies.
        </Alert>
      ) : (
        mutation.isError && <ErrorAlert error={mutation.error} fields={fieldsShownInline(mutation.error, FIELDS)} />
      )}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {NUMBER_FIELDS.map((field) => (
          <TextField
            key={field.name}
            name={field.name}
            label={field.label}
            type="number"
            inputMode="decimal"
            step={field.step}
            min={0}
            required
            defaultValue={thresholds[field.name]}
            hint={field.hint}
            error={fieldErrorFor(mutation.error, field.name)}
          />
        ))}
      </div>
      <SwitchField
        name="declareIncident"
        label="Declare an incident on breach"
        hint="Opens an incident with the suggested severity when a signal fires, instead of only recording it on the timeline and the banner."
        defaultChecked={thresholds.declareIncident}
        error={fieldErrorFor(mutation.error, "declareIncident")}
      />
      <SwitchField
        name="autoRollback"
        label="Automatic rollback"
        hint="Starts the service’s rollback plan on a breach. Needs a rollback plan: until the service has one, the signal is recorded and shown, nothing is rolled back."
        defaultChecked={thresholds.autoRollback}
        error={fieldErrorFor(mutation.error, "autoRollback")}
      />
    </FormCard>
  );
}
