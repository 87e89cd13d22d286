"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { FormCard } from "@/components/ui/FormCard";
import { fieldErrorFor } from "@/lib/client/field-errors";
import { useCreateFlagMutation } from "@/lib/client/flags";
import { FlagFields } from "./FlagFields";
import { FLAG_FIELDS, flagInputFrom } from "./flag-form-input";

export function CreateFlagForm() {
  const mutation = useCreateFlagMutation();
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});

  function onSubmit(data: FormData, form: HTMLFormElement) {
    const read = flagInputFrom(data, { creating: true });
    setFormErrors(read.ok ? {} : read.errors);
    if (read.ok) mutation.mutate(read.input, { onSuccess: () => form.reset() });
  }

  return (
    <FormCard title="Create a flag" onSubmit={onSubmit} submitLabel="Create flag" pending={mutation.isPending} pendingLabel="Creating…">
      {mutation.isSuccess && <Alert tone="success" title={`Flag ${mutation.data.flag.key} created`} />}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={FLAG_FIELDS} />}
      <FlagFields fieldError={(field) => formErrors[field] ?? fieldErrorFor(mutation.error, field)} />
    </FormCard>
  );
}
