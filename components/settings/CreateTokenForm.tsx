"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
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
    <Card title="Create a token">
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
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
        <div>
          <Button type="submit" pending={mutation.isPending} pendingLabel="Creating token…">
            Create token
          </Button>
        </div>
      </form>
    </Card>
  );
}
