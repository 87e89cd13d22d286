"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { HEALTH_SOURCE_KIND_LABELS, HEALTH_SOURCE_KINDS, type HealthSourceKind } from "@/lib/domain/health/health-source-config";
import { newSourceDraft, type SourceDraft } from "./source-draft";
import { SourceKindFields } from "./SourceKindFields";

const KIND_OPTIONS = HEALTH_SOURCE_KINDS.map((kind) => ({ value: kind, label: HEALTH_SOURCE_KIND_LABELS[kind] }));
const INLINE_FIELDS = ["name", "intervalSeconds", "config"] as const;

type HealthSourceFormProps = {
  label: string;
  initial: SourceDraft;
  serviceSlug: string;
  /** A saved source keeps its kind: its figures would mean something else. */
  editing: boolean;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: SourceDraft) => void;
  onCancel: () => void;
};

/** One form for every kind of source; the server's field errors appear beside the fields. */
export function HealthSourceForm({ label, initial, serviceSlug, editing, submitLabel, pendingLabel, pending, error, onSubmit, onCancel }: HealthSourceFormProps) {
  const [draft, setDraft] = useState(initial);
  const update = (patch: Partial<SourceDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function changeKind(kind: HealthSourceKind) {
    setDraft((current) => ({ ...newSourceDraft(kind, serviceSlug), name: current.name, intervalSeconds: current.intervalSeconds }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(draft);
  }

  return (
    <form onSubmit={submit} aria-label={label} className="flex flex-col gap-4">
      {Boolean(error) && <ErrorAlert error={error} fields={fieldsShownInline(error, INLINE_FIELDS)} />}
      <div className="grid gap-4 md:grid-cols-3">
        {!editing && (
          <SelectField label="Kind" options={KIND_OPTIONS} value={draft.kind} onChange={(event) => changeKind(event.target.value as HealthSourceKind)} />
        )}
        <TextField
          label="Name"
          required
          maxLength={120}
          autoComplete="off"
          placeholder="Readiness probe"
          value={draft.name}
          onChange={(event) => update({ name: event.target.value })}
          error={fieldErrorFor(error, "name")}
        />
        <TextField
          label="Interval (seconds)"
          type="number"
          inputMode="numeric"
          min={1}
          max={3600}
          required
          value={draft.intervalSeconds}
          onChange={(event) => update({ intervalSeconds: event.target.value })}
          hint="How often Rewind collects. 1 s to 1 h."
          error={fieldErrorFor(error, "intervalSeconds")}
        />
      </div>
      <SourceKindFields draft={draft} onChange={update} fieldError={(field) => fieldErrorFor(error, `config.${field}`)} editing={editing} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
