"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import { useChangePasswordMutation } from "@/lib/client/mutations/useChangePasswordMutation";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordForm() {
  const mutation = useChangePasswordMutation();
  const fieldError = (field: (typeof FIELDS)[number]) => (mutation.error instanceof ApiError ? mutation.error.fieldError(field) : undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    mutation.mutate(
      { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <Card title="Change your password">
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
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
        <div>
          <Button type="submit" pending={mutation.isPending} pendingLabel="Changing password…">
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
