"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { RowError } from "@/components/ui/RowError";
import { fieldErrorFor } from "@/lib/client/field-errors";
import { useDeleteFlagMutation, useUpdateFlagMutation, type FeatureFlag } from "@/lib/client/flags";
import { formatDateTime } from "@/lib/client/format";
import { FlagFields } from "./FlagFields";
import { FlagSwitch } from "./FlagSwitch";
import { FLAG_FIELDS, changedFields, flagInputFrom, valuePreview } from "./flag-form-input";

type FlagRowProps = { flag: FeatureFlag; canManage: boolean; canPullKillSwitch: boolean };

export function FlagRow({ flag, canManage, canPullKillSwitch }: FlagRowProps) {
  const [editing, setEditing] = useState(false);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  const update = useUpdateFlagMutation(flag.key);
  const remove = useDeleteFlagMutation(flag.key);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = flagInputFrom(new FormData(event.currentTarget), { creating: false });
    setFormErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    const change = changedFields(flag, read.input);
    if (Object.keys(change).length === 0) return setEditing(false);
    // The version shown now: after a 409 the list holds the newer one, and saving again applies these edits over it.
    update.mutate({ version: flag.version, change }, { onSuccess: () => setEditing(false) });
  }

  function confirmDelete() {
    if (!window.confirm(`Delete flag ${flag.key}? Applications asking for it get their code default.`)) return;
    remove.mutate();
  }

  if (editing) {
    return (
      <li className="py-4 first:pt-0 last:pb-0">
        <form onSubmit={save} aria-label={`Edit ${flag.key}`} className="flex flex-col gap-4">
          <p className="font-mono text-sm font-semibold break-all text-slate-900 dark:text-white">{flag.key}</p>
          {update.isError && <ErrorAlert error={update.error} fields={FLAG_FIELDS} />}
          <FlagFields flag={flag} fieldError={(field) => formErrors[field] ?? fieldErrorFor(update.error, field)} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" pending={update.isPending} pendingLabel="Saving…">
              Save<span className="sr-only"> {flag.key}</span>
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-mono text-sm font-semibold break-all text-slate-900 dark:text-white">{flag.key}</h3>
          {flag.killSwitch && <Badge tone="danger">Kill switch</Badge>}
          {flag.sets.map((set) => (
            <Badge key={set} tone="info">
              <span className="sr-only">Set </span>
              {set}
            </Badge>
          ))}
        </div>
        {flag.description && <p className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">{flag.description}</p>}
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          On: <code className="font-mono break-all">{valuePreview(flag.onValue)}</code> · Off: <code className="font-mono break-all">{valuePreview(flag.offValue)}</code> · version {flag.version}
          {flag.updatedBy && (
            <>
              , changed by {flag.updatedBy} <time dateTime={flag.updatedAt}>{formatDateTime(flag.updatedAt)}</time>
            </>
          )}
        </p>
        {canManage && (
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" disabled={remove.isPending} onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {flag.key}</span>
            </Button>
            <Button variant="danger" size="sm" pending={remove.isPending} pendingLabel="Deleting…" onClick={confirmDelete}>
              Delete<span className="sr-only"> {flag.key}</span>
            </Button>
          </div>
        )}
        {remove.isError && <RowError error={remove.error} />}
      </div>
      <FlagSwitch flag={flag} canManage={canManage} canPullKillSwitch={canPullKillSwitch} />
    </li>
  );
}
