"use client";

import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useChecklistsQuery } from "@/lib/client/queries/useChecklistsQuery";
import type { Checklist, ChecklistItem } from "@/lib/client/schemas/checklists";
import { Panel } from "../detail/Panel";
import { ChecklistItemRow } from "./ChecklistItemRow";

/**
 * The incident's checklists (the pre-rollback one appears once a decision
 * recommends a full rollback). Nothing shows until one exists.
 */
export function ChecklistPanel({ incidentRef, canEdit }: { incidentRef: string; canEdit: boolean }) {
  const query = useChecklistsQuery(incidentRef);
  if (query.isPending) return null;
  if (query.isLoadingError) {
    return (
      <Panel id="checklists" title="Checklists">
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Panel>
    );
  }
  return (
    <>
      {query.data.checklists.map((checklist) => (
        <ChecklistCard key={checklist.id} incidentRef={incidentRef} checklist={checklist} canEdit={canEdit} />
      ))}
    </>
  );
}

function ChecklistCard({ incidentRef, checklist, canEdit }: { incidentRef: string; checklist: Checklist; canEdit: boolean }) {
  const applicable = checklist.items.filter((item) => !item.notApplicable);
  const done = applicable.filter((item) => item.doneAt !== null).length;
  const skipped = checklist.items.length - applicable.length;
  const progressId = `checklist-${checklist.id}-progress`;

  return (
    <Panel id={`checklist-${checklist.id}`} title={checklist.name}>
      <p id={progressId} className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {done} of {applicable.length} done
        {skipped > 0 && <span className="font-normal text-slate-700 dark:text-slate-300"> ({skipped} not applicable)</span>}
      </p>
      <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className="h-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${applicable.length ? (done / applicable.length) * 100 : 100}%` }} />
      </div>
      {!canEdit && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Responders and above tick items; you see every tick live.</p>}
      <div className="mt-4 flex flex-col gap-6">
        {groupItems(checklist.items).map(([title, items]) => (
          <div key={title}>
            <h3 className="text-sm font-semibold text-slate-900 dark:text-white">{title}</h3>
            <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
              {items.map((item) => (
                <ChecklistItemRow key={item.id} incidentRef={incidentRef} item={item} canEdit={canEdit} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Panel>
  );
}

/** Items by group, in the template's order (positions run across groups). */
function groupItems(items: readonly ChecklistItem[]): [string, ChecklistItem[]][] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    groups.set(item.groupTitle, [...(groups.get(item.groupTitle) ?? []), item]);
  }
  return [...groups.entries()];
}
