"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { RowError } from "@/components/ui/RowError";
import { Spinner } from "@/components/ui/Spinner";
import { describeConflict } from "@/lib/domain/checklists/describe-conflict";
import { isOverdue } from "@/lib/domain/checklists/due-times";
import { ApiError } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { conflictOf, useUpdateChecklistItemMutation } from "@/lib/client/mutations/useUpdateChecklistItemMutation";
import type { AutoCheckEvidence, ChecklistItem } from "@/lib/client/schemas/checklists";
import { ChecklistItemControls } from "./ChecklistItemControls";
import { ItemDue } from "./ItemDue";
import { ItemEvidence } from "./ItemEvidence";

type ChecklistItemRowProps = { incidentRef: string; item: ChecklistItem; evidence: AutoCheckEvidence | undefined; canEdit: boolean; now: number };

export function ChecklistItemRow({ incidentRef, item, evidence, canEdit, now }: ChecklistItemRowProps) {
  const mutation = useUpdateChecklistItemMutation(incidentRef, item.id);
  const checkboxId = `checklist-item-${item.id}`;
  const conflict = conflictOf(mutation.error);
  const overdue = isOverdue(item, now);
  // The tick shows at once (a controlled checkbox would otherwise snap back until the server answers), and reverts if it fails.
  const [tickShown, setTickShown] = useState<boolean | null>(null);
  const ticking = tickShown !== null;

  function tick(done: boolean) {
    setTickShown(done);
    mutation.mutate({ version: item.version, done }, { onSettled: () => setTickShown(null) });
  }

  return (
    <li className={`py-3 ${overdue ? "-mx-2 rounded-md border-l-4 border-red-600 bg-red-50 px-2 dark:border-red-400 dark:bg-red-950/40" : ""}`} data-overdue={overdue || undefined}>
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
                Done by {item.doneBy?.name ?? "Rewind"} at <time dateTime={item.doneAt}>{formatDateTime(item.doneAt)}</time>
              </p>
            )}
            {item.notApplicable && <p>Not applicable: {item.notApplicableReason ?? "no reason given"}</p>}
            {!canEdit && item.assignee && <p>Assigned to {item.assignee.name}</p>}
            <ItemDue item={item} now={now} />
            {item.note && <p className="whitespace-pre-line">Note: {item.note}</p>}
          </div>
          <ItemEvidence item={item} evidence={evidence} canTick={canEdit} pending={mutation.isPending} onTick={() => tick(true)} />
          {ticking && (
            <p className="mt-1 inline-flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
              <Spinner className="size-3" />
              Saving…
            </p>
          )}
          {canEdit && <ChecklistItemControls item={item} mutation={mutation} />}
          {conflict ? (
            <div className="mt-2">
              <Alert tone="warning" title={describeConflict(conflict, mutation.variables ?? {})}>
                The item now shows the current value; change it again if you still need to.
              </Alert>
            </div>
          ) : mutation.error instanceof ApiError && mutation.error.status === 409 ? (
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
