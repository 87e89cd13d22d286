"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { ApiError } from "@/lib/client/api-fetch";
import { useCreateTokenMutation } from "@/lib/client/mutations/useCreateTokenMutation";
import { isRole, ROLE_OPTIONS } from "@/lib/client/roles";
import { OneTimeSecret } from "./OneTimeSecret";

const FIELDS = ["name", "role", "expiresInDays"] as const;

type Created = { name: string; secret: string };

export function CreateTokenForm() {
  const mutation = useCreateTokenMutation();
  const [created, setCreated] = useState<Created | null>(null);
  const fieldError = (field: (typeof FIELDS)[number]) => (mutation.error instanceof ApiError ? mutation.error.fieldError(field) : undefined);

  function onSubmit(data: FormData, form: HTMLFormElement) {
    const role = String(data.get("role"));
    const expiresInDays = String(data.get("expiresInDays") ?? "").trim();
    setCreated(null);
    mutation.mutate(
      {
        name: String(data.get("name") ?? "").trim(),
        role: isRole(role) ? role : "viewer",
        expiresInDays: expiresInDays === "" ? undefined : Number(expiresInDays),
      },
      {
        onSuccess: ({ token, secret }) => {
          form.reset();
          setCreated({ name: token.name, secret });
        },
      },
    );
  }

  return (
    <FormCard title="Create a token" onSubmit={onSubmit} submitLabel="Create token" pending={mutation.isPending} pendingLabel="Creating token…">
      {created && (
        <OneTimeSecret
          title={`Token “${created.name}” created`}
          label="Secret"
          secret={created.secret}
          warning="Copy it now: it will not be shown again."
          onDismiss={() => setCreated(null)}
        />
      )}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={FIELDS} />}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="name" label="Name" autoComplete="off" required maxLength={80} hint="What uses it, e.g. “Alertmanager” or “CI deploys”." error={fieldError("name")} />
        <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue="viewer" hint="Give the least the caller needs." error={fieldError("role")} />
        <TextField
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          label="Expires after (days)"
          optional
          min={1}
          max={3650}
          step={1}
          hint="Leave empty for a token that does not expire."
          error={fieldError("expiresInDays")}
        />
      </div>
    </FormCard>
  );
}
