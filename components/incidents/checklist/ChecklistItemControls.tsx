"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { fieldErrorFor } from "@/lib/client/field-errors";
import type { useUpdateChecklistItemMutation } from "@/lib/client/mutations/useUpdateChecklistItemMutation";
import { useUsersQuery } from "@/lib/client/queries/useUsersQuery";
import type { ChecklistItem } from "@/lib/client/schemas/checklists";
import { TextAreaField } from "../form/TextAreaField";

type ItemMutation = ReturnType<typeof useUpdateChecklistItemMutation>;
type Editing = "none" | "note" | "notApplicable";

/** Assignee, note and "not applicable" for one item; every change names the version it saw. */
export function ChecklistItemControls({ item, mutation }: { item: ChecklistItem; mutation: ItemMutation }) {
  const [editing, setEditing] = useState<Editing>("none");
  const close = () => setEditing("none");

  return (
    <div className="mt-2 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <AssigneeSelect item={item} mutation={mutation} />
        <Button variant="ghost" size="sm" aria-expanded={editing === "note"} disabled={mutation.isPending} onClick={() => setEditing(editing === "note" ? "none" : "note")}>
          {item.note ? "Edit note" : "Add note"}
          <span className="sr-only"> for “{item.text}”</span>
        </Button>
        {item.notApplicable ? (
          <Button
            variant="ghost"
            size="sm"
            pending={mutation.isPending && mutation.variables?.notApplicable === false}
            pendingLabel="Saving…"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ version: item.version, notApplicable: false })}
          >
            Applicable again<span className="sr-only"> for “{item.text}”</span>
          </Button>
        ) : (
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={editing === "notApplicable"}
            disabled={mutation.isPending || item.doneAt !== null}
            onClick={() => setEditing(editing === "notApplicable" ? "none" : "notApplicable")}
          >
            Not applicable<span className="sr-only"> for “{item.text}”</span>
          </Button>
        )}
      </div>
      {editing === "note" && (
        <ItemTextForm
          label={`Note for “${item.text}”`}
          name="note"
          initial={item.note ?? ""}
          required={false}
          submitLabel="Save note"
          error={fieldErrorFor(mutation.error, "note")}
          pending={mutation.isPending}
          onCancel={close}
          onSubmit={(note) => mutation.mutate({ version: item.version, note: note || null }, { onSuccess: close })}
        />
      )}
      {editing === "notApplicable" && (
        <ItemTextForm
          label={`Why is “${item.text}” not applicable?`}
          name="notApplicableReason"
          initial=""
          required
          submitLabel="Mark not applicable"
          error={fieldErrorFor(mutation.error, "notApplicableReason")}
          pending={mutation.isPending}
          onCancel={close}
          onSubmit={(reason) => mutation.mutate({ version: item.version, notApplicable: true, notApplicableReason: reason }, { onSuccess: close })}
        />
      )}
    </div>
  );
}

function AssigneeSelect({ item, mutation }: { item: ChecklistItem; mutation: ItemMutation }) {
  const users = useUsersQuery();
  const options = users.data?.users.filter((user) => user.disabledAt === null || user.id === item.assignee?.id) ?? [];
  return (
    <select
      aria-label={`Assignee for “${item.text}”`}
      value={item.assignee?.id ?? ""}
      disabled={mutation.isPending || users.isPending}
      onChange={(event) => mutation.mutate({ version: item.version, assigneeId: event.target.value || null })}
      className="max-w-48 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 disabled:opacity-70 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
    >
      <option value="">Unassigned</option>
      {/* Until the users load, keep the current assignee visible. */}
      {item.assignee && !options.some((user) => user.id === item.assignee?.id) && <option value={item.assignee.id}>{item.assignee.name}</option>}
      {options.map((user) => (
        <option key={user.id} value={user.id}>
          {user.name}
        </option>
      ))}
    </select>
  );
}

type ItemTextFormProps = {
  label: string;
  name: string;
  initial: string;
  required: boolean;
  submitLabel: string;
  error?: string;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (value: string) => void;
};

function ItemTextForm({ label, name, initial, required, submitLabel, error, pending, onCancel, onSubmit }: ItemTextFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get(name) ?? "").trim());
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 dark:bg-slate-800">
      <TextAreaField name={name} label={label} defaultValue={initial} required={required} rows={2} maxLength={2000} error={error} autoFocus />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
