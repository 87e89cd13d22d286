"use client";

import { useState, type FormEvent } from "react";
import { Panel } from "@/components/incidents/detail/Panel";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { useCreateActionItemMutation } from "@/lib/client/mutations/post-mortems";
import { useUsersQuery } from "@/lib/client/queries/useUsersQuery";
import type { ActionItem } from "@/lib/client/schemas/post-mortems";
import { ActionItemRow, dueAtOfDate, type OwnerOption } from "./ActionItemRow";

const CONTROL = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/** Action items with owner, due date and status, tracked until done; editable in every review state. */
export function ActionItemsPanel({ incidentRef, items, canEdit }: { incidentRef: string; items: readonly ActionItem[]; canEdit: boolean }) {
  const users = useUsersQuery();
  const owners: OwnerOption[] = (users.data?.users ?? []).filter((user) => !user.disabledAt).map((user) => ({ id: user.id, name: user.name }));
  const open = items.filter((item) => item.status === "open" || item.status === "in_progress").length;
  return (
    <Panel id="action-items" title="Action items" actions={<Badge tone={open > 0 ? "warning" : "success"}>{open} open</Badge>}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          No action items yet. {canEdit ? "Add what must change so this does not happen again, with an owner and a due date." : "Responders add them here."}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Action items</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-700 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">Action</th>
                <th scope="col" className="py-2 pr-3 font-semibold">Owner</th>
                <th scope="col" className="py-2 pr-3 font-semibold">Due date</th>
                <th scope="col" className="py-2 font-semibold">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {items.map((item) => (
                <ActionItemRow key={item.id} incidentRef={incidentRef} item={item} owners={owners} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && <AddActionItemForm incidentRef={incidentRef} owners={owners} />}
    </Panel>
  );
}

function AddActionItemForm({ incidentRef, owners }: { incidentRef: string; owners: readonly OwnerOption[] }) {
  const mutation = useCreateActionItemMutation(incidentRef);
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [due, setDue] = useState("");
  const titleError = mutation.error instanceof ApiError ? mutation.error.fieldError("title") : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { title, ownerId: ownerId || null, dueAt: due ? dueAtOfDate(due) : null },
      {
        onSuccess: () => {
          setTitle("");
          setOwnerId("");
          setDue("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Add an action item" className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900 dark:text-slate-100">
          New action item
          <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={300} className={CONTROL} aria-invalid={titleError ? true : undefined} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900 dark:text-slate-100">
          Owner
          <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)} className={CONTROL}>
            <option value="">Nobody yet</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900 dark:text-slate-100">
          Due date
          <input type="date" value={due} onChange={(event) => setDue(event.target.value)} className={CONTROL} />
        </label>
        <Button type="submit" pending={mutation.isPending} pendingLabel="Adding…">
          Add
        </Button>
      </div>
      {mutation.isError && <ErrorAlert error={mutation.error} />}
    </form>
  );
}
