"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { useCreateSecretMutation } from "@/lib/client/mutations/secrets";
import { SecretValueInput } from "./SecretValueInput";

const INLINE_FIELDS = ["name", "value", "description"] as const;

/** Stores a new secret; its value goes to the server once and never comes back. */
export function AddSecretForm() {
  const valueId = useId();
  const mutation = useCreateSecretMutation();
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const [description, setDescription] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  // Remounts the value input, so a file chosen for the last secret is forgotten with its value.
  const [round, setRound] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const trimmed = description.trim();
    mutation.mutate(
      { name: name.trim(), value, ...(trimmed ? { description: trimmed } : {}) },
      {
        onSuccess: ({ secret }) => {
          setSaved(secret.name);
          setName("");
          setValue("");
          setDescription("");
          setRound((current) => current + 1);
        },
      },
    );
  }

  const error = mutation.error;
  return (
    <Card title="Add a secret">
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        {saved && (
          <Alert tone="success" title={`Secret “${saved}” saved`}>
            <p>
              Rollback steps can use it as <code className="font-mono">{`{ "secret": "${saved}" }`}</code>.
            </p>
          </Alert>
        )}
        {mutation.isError && <ErrorAlert error={error} fields={fieldsShownInline(error, INLINE_FIELDS)} />}
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label="Name"
            required
            maxLength={80}
            autoComplete="off"
            spellCheck={false}
            placeholder="checkout-database-url"
            hint="Lowercase letters, digits, “.”, “_” and “-”. Plans name the secret by it."
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldErrorFor(error, "name")}
          />
          <TextField
            label="Description"
            optional
            maxLength={500}
            autoComplete="off"
            placeholder="Read-write URL of the checkout database"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={fieldErrorFor(error, "description")}
          />
        </div>
        <SecretValueInput key={round} id={valueId} label="Value" required value={value} onChange={setValue} error={fieldErrorFor(error, "value")} />
        <div>
          <Button type="submit" pending={mutation.isPending} pendingLabel="Saving…">
            Save secret
          </Button>
        </div>
      </form>
    </Card>
  );
}
