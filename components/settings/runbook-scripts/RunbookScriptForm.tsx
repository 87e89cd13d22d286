"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { moveEntry } from "@/components/settings/checklist-templates/template-draft";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import type { RunbookScriptBody } from "@/lib/client/mutations/runbook-scripts";
import { useSecretsQuery } from "@/lib/client/queries/secrets";
import { ArgvListField } from "./ArgvListField";
import { EnvRowsField } from "./EnvRowsField";
import { firstScriptErrorKey, newArg, newEnvRow, NO_SCRIPT_ERRORS, placeScriptProblems, scriptBodyOf, scriptErrorKey, type EnvDraft, type ScriptDraft, type ScriptErrors } from "./script-draft";

const NOTICE = "notice";

type RunbookScriptFormProps = {
  label: string;
  initial: ScriptDraft;
  submitLabel: string;
  pending: boolean;
  /** Sends the body; calls back with the server's error when it refuses. */
  onSubmit: (body: RunbookScriptBody, onError: (error: Error) => void) => void;
  onCancel: () => void;
};

/** A runbook script's fields; problems the server names appear next to their inputs. */
export function RunbookScriptForm({ label, initial, submitLabel, pending, onSubmit, onCancel }: RunbookScriptFormProps) {
  const formId = useId();
  const elementId = (key: string) => `${formId}-${key}`;
  const secrets = useSecretsQuery();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ScriptErrors>(NO_SCRIPT_ERRORS);
  const [failure, setFailure] = useState<{ error: unknown; shownInline: string[] } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(elementId(pendingFocus.current))?.focus();
    pendingFocus.current = null;
  });

  const update = (key: string, change: (current: ScriptDraft) => ScriptDraft) => {
    setDraft(change);
    if (errors.byKey[key] === undefined) return;
    setErrors((current) => {
      const byKey = { ...current.byKey };
      delete byKey[key];
      return { ...current, byKey };
    });
  };

  function showErrors(placed: ScriptErrors, submitted: ScriptDraft) {
    setErrors(placed);
    pendingFocus.current = firstScriptErrorKey(placed, submitted) ?? NOTICE;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const submitted = draft;
    const result = scriptBodyOf(submitted);
    if (!result.body) return showErrors(result.errors, submitted);
    setErrors(NO_SCRIPT_ERRORS);
    onSubmit(result.body, (error) => {
      const placed = error instanceof ApiError ? placeScriptProblems(error.details, submitted) : NO_SCRIPT_ERRORS;
      if (placed.unplaced.length > 0 || Object.keys(placed.byKey).length === 0) {
        const unplaced = new Set(placed.unplaced.map((problem) => problem.field));
        setFailure({ error, shownInline: error instanceof ApiError ? error.details.map((problem) => problem.field).filter((field) => !unplaced.has(field)) : [] });
      }
      showErrors(placed, submitted);
    });
  }

  const placedCount = Object.keys(errors.byKey).length;
  const argvOps = {
    onChange: (argId: string, value: string) => update(scriptErrorKey.arg(argId), (current) => ({ ...current, argv: current.argv.map((arg) => (arg.id === argId ? { ...arg, value } : arg)) })),
    onMove: (index: number, offset: -1 | 1) => {
      const arg = draft.argv[index];
      if (!arg) return;
      const to = index + offset;
      setDraft((current) => ({ ...current, argv: moveEntry(current.argv, index, offset) }));
      pendingFocus.current = `${arg.id}.${to === 0 ? "down" : to === draft.argv.length - 1 ? "up" : offset === -1 ? "up" : "down"}`;
      setAnnouncement(`Argument moved to position ${to + 1} of ${draft.argv.length}`);
    },
    onRemove: (index: number) => {
      const neighbour = draft.argv[index + 1] ?? draft.argv[index - 1];
      setDraft((current) => ({ ...current, argv: current.argv.filter((_arg, position) => position !== index) }));
      pendingFocus.current = neighbour ? scriptErrorKey.arg(neighbour.id) : scriptErrorKey.argv;
      setAnnouncement(`Argument ${index + 1} removed`);
    },
    onAdd: () => {
      const arg = newArg();
      update(scriptErrorKey.argv, (current) => ({ ...current, argv: [...current.argv, arg] }));
      pendingFocus.current = scriptErrorKey.arg(arg.id);
      setAnnouncement(`Argument ${draft.argv.length + 1} added`);
    },
  };
  const envOps = {
    onChange: (rowId: string, patch: Partial<Omit<EnvDraft, "id">>) =>
      update(patch.name === undefined ? scriptErrorKey.envValue(rowId) : scriptErrorKey.envName(rowId), (current) => ({
        ...current,
        env: current.env.map((row) => (row.id === rowId ? { ...row, ...patch } : row)),
      })),
    onRemove: (index: number) => {
      const neighbour = draft.env[index + 1] ?? draft.env[index - 1];
      setDraft((current) => ({ ...current, env: current.env.filter((_row, position) => position !== index) }));
      pendingFocus.current = neighbour ? scriptErrorKey.envName(neighbour.id) : scriptErrorKey.env;
      setAnnouncement(`Variable ${index + 1} removed`);
    },
    onAdd: () => {
      const row = newEnvRow();
      setDraft((current) => ({ ...current, env: [...current.env, row] }));
      pendingFocus.current = scriptErrorKey.envName(row.id);
      setAnnouncement(`Variable ${draft.env.length + 1} added`);
    },
  };

  return (
    <form noValidate onSubmit={submit} aria-label={label} className="flex flex-col gap-4">
      <div id={elementId(NOTICE)} tabIndex={-1} className="flex flex-col gap-3 empty:hidden focus:outline-none">
        {placedCount > 0 && <Alert tone="error" title="Not saved: fix the problems marked below" />}
        {failure !== null && <ErrorAlert error={failure.error} fields={failure.shownInline} />}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={elementId(scriptErrorKey.name)}
          label="Name"
          required
          maxLength={120}
          autoComplete="off"
          placeholder="Flush the checkout cache"
          value={draft.name}
          onChange={(event) => update(scriptErrorKey.name, (current) => ({ ...current, name: event.target.value }))}
          error={errors.byKey[scriptErrorKey.name]}
        />
        <TextField
          id={elementId(scriptErrorKey.description)}
          label="Description"
          optional
          maxLength={1000}
          autoComplete="off"
          value={draft.description}
          onChange={(event) => update(scriptErrorKey.description, (current) => ({ ...current, description: event.target.value }))}
          error={errors.byKey[scriptErrorKey.description]}
        />
      </div>
      <ArgvListField argv={draft.argv} errors={errors} elementId={elementId} {...argvOps} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={elementId(scriptErrorKey.workingDirectory)}
          label="Working directory"
          required
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          hint="An absolute path on the Rewind host."
          value={draft.workingDirectory}
          onChange={(event) => update(scriptErrorKey.workingDirectory, (current) => ({ ...current, workingDirectory: event.target.value }))}
          error={errors.byKey[scriptErrorKey.workingDirectory]}
        />
        <TextField
          id={elementId(scriptErrorKey.timeoutSeconds)}
          label="Timeout (seconds)"
          type="number"
          inputMode="numeric"
          min={1}
          max={21600}
          hint="Rewind stops the script after this long. 1 s to 6 h."
          value={draft.timeoutSeconds}
          onChange={(event) => update(scriptErrorKey.timeoutSeconds, (current) => ({ ...current, timeoutSeconds: event.target.value }))}
          error={errors.byKey[scriptErrorKey.timeoutSeconds]}
        />
      </div>
      <EnvRowsField
        rows={draft.env}
        secretNames={secrets.data ? secrets.data.secrets.map((secret) => secret.name) : secrets.isError ? [] : null}
        errors={errors}
        elementId={elementId}
        {...envOps}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
