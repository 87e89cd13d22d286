"use client";

import { Badge } from "@/components/ui/Badge";
import { RowError } from "@/components/ui/RowError";
import { ApiError } from "@/lib/client/api-fetch";
import { useUpdateActionItemMutation, type ActionItemFields } from "@/lib/client/mutations/post-mortems";
import type { ActionItem } from "@/lib/client/schemas/post-mortems";
import { ACTION_ITEM_STATUSES, ACTION_ITEM_STATUS_LABELS, type ActionItemStatus } from "@/lib/domain/post-mortems/action-items";

export type OwnerOption = { id: string; name: string };

const CONTROL = "rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 disabled:opacity-70 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/** A due date is a day: the item is due by the end of it (UTC), and overdue from the next. */
export function dueAtOfDate(date: string): string {
  return `${date}T23:59:59.999Z`;
}

/** One action item; each change is saved at once with the item's own version. */
export function ActionItemRow({ incidentRef, item, owners, canEdit }: { incidentRef: string; item: ActionItem; owners: readonly OwnerOption[]; canEdit: boolean }) {
  const mutation = useUpdateActionItemMutation(incidentRef, item.id);
  const change = (fields: ActionItemFields) => mutation.mutate({ ...fields, version: item.version });
  const disabled = !canEdit || mutation.isPending;
  const stale = mutation.error instanceof ApiError && mutation.error.status === 409;
  const ownerChoices = item.owner && !owners.some((owner) => owner.id === item.owner?.id) ? [...owners, item.owner] : owners;

  return (
    <tr>
      <td className="py-2 pr-3 align-top text-slate-900 dark:text-slate-100">
        <span className={item.status === "done" || item.status === "wont_do" ? "text-slate-600 line-through dark:text-slate-400" : undefined}>{item.title}</span>
        {item.overdue && (
          <span className="ml-2">
            <Badge tone="danger">Overdue</Badge>
          </span>
        )}
        {mutation.isError && (
          <div className="mt-1">{stale ? <p className="text-sm text-amber-800 dark:text-amber-300">Someone changed this item first; showing it as it is now.</p> : <RowError error={mutation.error} />}</div>
        )}
      </td>
      <td className="py-2 pr-3 align-top">
        <select aria-label={`Owner of “${item.title}”`} value={item.owner?.id ?? ""} disabled={disabled} onChange={(event) => change({ ownerId: event.target.value || null })} className={CONTROL}>
          <option value="">Nobody yet</option>
          {ownerChoices.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </td>
      <td className="py-2 pr-3 align-top">
        <input
          type="date"
          aria-label={`Due date of “${item.title}”`}
          value={item.dueAt?.slice(0, 10) ?? ""}
          disabled={disabled}
          onChange={(event) => change({ dueAt: event.target.value ? dueAtOfDate(event.target.value) : null })}
          className={CONTROL}
        />
      </td>
      <td className="py-2 align-top">
        <select aria-label={`Status of “${item.title}”`} value={item.status} disabled={disabled} onChange={(event) => change({ status: event.target.value as ActionItemStatus })} className={CONTROL}>
          {ACTION_ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ACTION_ITEM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
