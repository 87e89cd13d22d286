"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { ApiError } from "@/lib/client/api-fetch";
import { useCreateUserMutation } from "@/lib/client/mutations/useCreateUserMutation";
import { isRole, ROLE_OPTIONS } from "@/lib/client/roles";
import { OneTimeSecret } from "./OneTimeSecret";

const FIELDS = ["email", "name", "role", "password"] as const;

type Created = { email: string; generatedPassword: string | null };

export function CreateUserForm() {
  const mutation = useCreateUserMutation();
  const [created, setCreated] = useState<Created | null>(null);
  const fieldError = (field: (typeof FIELDS)[number]) => (mutation.error instanceof ApiError ? mutation.error.fieldError(field) : undefined);

  function onSubmit(data: FormData, form: HTMLFormElement) {
    const role = String(data.get("role"));
    const password = String(data.get("password") ?? "");
    setCreated(null);
    mutation.mutate(
      {
        email: String(data.get("email") ?? "").trim(),
        name: String(data.get("name") ?? "").trim(),
        role: isRole(role) ? role : "viewer",
        password: password === "" ? undefined : password,
      },
      {
        onSuccess: ({ user, generatedPassword }) => {
          form.reset();
          setCreated({ email: user.email, generatedPassword });
        },
      },
    );
  }

  return (
    <FormCard title="Create a user" onSubmit={onSubmit} submitLabel="Create user" pending={mutation.isPending} pendingLabel="Creating user…">
      {created &&
        (created.generatedPassword ? (
          <OneTimeSecret
            title={`Account created for ${created.email}`}
            label="Password"
            secret={created.generatedPassword}
            warning="Copy it now and share it with them securely: it will not be shown again."
            onDismiss={() => setCreated(null)}
          />
        ) : (
          <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
            Account created for {created.email}.
          </p>
        ))}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={FIELDS} />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="email" type="email" label="Email" autoComplete="off" required error={fieldError("email")} />
        <TextField name="name" label="Name" autoComplete="off" required maxLength={120} error={fieldError("name")} />
        <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue="viewer" error={fieldError("role")} />
        <TextField
          name="password"
          type="password"
          label="Password"
          optional
          autoComplete="new-password"
          minLength={12}
          hint="At least 12 characters. Leave empty and Rewind generates one."
          error={fieldError("password")}
        />
      </div>
    </FormCard>
  );
}
