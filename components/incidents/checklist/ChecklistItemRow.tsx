"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { RowError } from "@/components/ui/RowError";
import { Spinner } from "@/components/ui/Spinner";
import { ApiError } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { useUpdateChecklistItemMutation } from "@/lib/client/mutations/useUpdateChecklistItemMutation";
import type { ChecklistItem } from "@/lib/client/schemas/checklists";
import { ChecklistItemControls } from "./ChecklistItemControls";

export function ChecklistItemRow({ incidentRef, item, canEdit }: { incidentRef: string; item: ChecklistItem; canEdit: boolean }) {
  const mutation = useUpdateChecklistItemMutation(incidentRef, item.id);
  const checkboxId = `checklist-item-${item.id}`;
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;
  // The tick shows at once (a controlled checkbox would otherwise snap back until the server answers), and reverts if it fails.
  const [tickShown, setTickShown] = useState<boolean | null>(null);
  const ticking = tickShown !== null;

  function tick(done: boolean) {
    setTickShown(done);
    mutation.mutate({ version: item.version, done }, { onSettled: () => setTickShown(null) });
  }

  return (
    <li className="py-3">
      <div className="flex items-start gap-3">
        <input
          id={checkboxId}
          type="checkbox"
          checked={tickShown ?? item.doneAt !== null}
          disabled={!canEdit || mutation.isPending || item.notApplicable}
          aria-describedby={`${checkboxId}-meta`}
          onChange={(event) => tick(event.target.checked)}
          className="mt-0.5 size-5 shrink-0 accent-emerald-600 disabled:cursor-not-allowed"
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={checkboxId} className={`text-sm font-medium break-words text-slate-900 dark:text-slate-100 ${item.notApplicable ? "line-through" : ""}`}>
            {item.text}
          </label>
          {item.hint && <p className="text-xs text-slate-600 dark:text-slate-400">{item.hint}</p>}
          <div id={`${checkboxId}-meta`} className="mt-1 flex flex-col gap-0.5 text-xs text-slate-700 dark:text-slate-300">
            {item.doneAt && (
              <p>
                Done by {item.doneBy?.name ?? "someone"} at <time dateTime={item.doneAt}>{formatDateTime(item.doneAt)}</time>
              </p>
            )}
            {item.notApplicable && <p>Not applicable: {item.notApplicableReason ?? "no reason given"}</p>}
            {!canEdit && item.assignee && <p>Assigned to {item.assignee.name}</p>}
            {item.dueAt && (
              <p>
                Due <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time>
              </p>
            )}
            {item.note && <p className="whitespace-pre-line">Note: {item.note}</p>}
          </div>
          {ticking && (
            <p className="mt-1 inline-flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
              <Spinner className="size-3" />
              Saving…
            </p>
          )}
          {canEdit && <ChecklistItemControls item={item} mutation={mutation} />}
          {conflict ? (
            <div className="mt-2">
              <Alert tone="warning" title="Someone changed this item — showing the current value" />
            </div>
          ) : (
            mutation.isError && <RowError error={mutation.error} />
          )}
        </div>
      </div>
    </li>
  );
}
