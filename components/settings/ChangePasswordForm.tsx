"use client";

import { Alert } from "@/components/ui/Alert";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { ApiError } from "@/lib/client/api-fetch";
import { useChangePasswordMutation } from "@/lib/client/mutations/useChangePasswordMutation";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordForm() {
  const mutation = useChangePasswordMutation();
  const fieldError = (field: (typeof FIELDS)[number]) => (mutation.error instanceof ApiError ? mutation.error.fieldError(field) : undefined);

  function onSubmit(data: FormData, form: HTMLFormElement) {
    mutation.mutate(
      { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <FormCard title="Change your password" onSubmit={onSubmit} submitLabel="Change password" pending={mutation.isPending} pendingLabel="Changing password…">
      {mutation.isSuccess && <Alert tone="success" title="Password changed" />}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={FIELDS} />}
      <TextField name="currentPassword" type="password" label="Current password" autoComplete="current-password" required error={fieldError("currentPassword")} />
      <TextField
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="At least 12 characters."
        error={fieldError("newPassword")}
      />
    </FormCard>
  );
}
