"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { useUpdateSecretMutation } from "@/lib/client/mutations/secrets";
import type { Secret } from "@/lib/client/queries/secrets";
import { SecretValueInput } from "./SecretValueInput";

const INLINE_FIELDS = ["value", "description"] as const;

/**
 * Replaces a secret's value (and its description) in a modal dialog. The
 * save names the version the dialog was opened on; if someone changed the
 * secret since, the server refuses and the list shows it as it is now.
 */
export function ReplaceSecretDialog({ secret, onClose }: { secret: Secret; onClose: (replaced: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const valueId = useId();
  const mutation = useUpdateSecretMutation(secret.name);
  const [value, setValue] = useState("");
  const [description, setDescription] = useState(secret.description ?? "");
  const [missingValue, setMissingValue] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === "") {
      setMissingValue(true);
      document.getElementById(valueId)?.focus();
      return;
    }
    const trimmed = description.trim();
    mutation.mutate({ value, description: trimmed === "" ? null : trimmed, version: secret.version }, { onSuccess: () => onClose(true) });
  }

  const error = mutation.error;
  const stale = error instanceof ApiError && error.status === 409;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <form noValidate onSubmit={submit} className="flex flex-col gap-4 p-4 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold break-words">
          Replace the value of “{secret.name}”
        </h2>
        <p className="text-sm">Steps that run from now on use the new value. The old one is gone for good.</p>
        {mutation.isError &&
          (stale ? (
            <Alert tone="error" title="Someone changed this secret while this dialog was open">
              <p>The list now shows it as it is. Replace the value again to overwrite their change.</p>
            </Alert>
          ) : (
            <ErrorAlert error={error} fields={fieldsShownInline(error, INLINE_FIELDS)} />
          ))}
        <SecretValueInput
          id={valueId}
          label="New value"
          required
          value={value}
          onChange={(next) => {
            setValue(next);
            setMissingValue(false);
          }}
          error={missingValue ? "Type the new value, or load it from a file." : fieldErrorFor(error, "value")}
        />
        <TextField
          label="Description"
          optional
          maxLength={500}
          autoComplete="off"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldErrorFor(error, "description")}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onClose(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={mutation.isPending} pendingLabel="Replacing…">
            Replace value
          </Button>
        </div>
      </form>
    </dialog>
  );
}
