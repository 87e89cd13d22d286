"use client";

import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { describeDueOffset, isOverdue } from "@/lib/domain/checklists/due-times";
import { formatDateTime } from "@/lib/client/format";
import { useChecklistsQuery } from "@/lib/client/queries/useChecklistsQuery";
import type { Checklist, ChecklistItem } from "@/lib/client/schemas/checklists";
import { useNow } from "@/lib/client/use-now";
import { Panel } from "../detail/Panel";
import { ChecklistItemRow } from "./ChecklistItemRow";

const HOUR = 3_600_000;

/**
 * The incident's checklists: the pre-rollback one once a decision recommends
 * a full rollback, the post-rollback ones once service is restored. Nothing
 * shows until one exists.
 */
export function ChecklistPanel({ incidentRef, canEdit }: { incidentRef: string; canEdit: boolean }) {
  const query = useChecklistsQuery(incidentRef);
  // Overdue marks and "due in" texts move on their own, a minute is fine enough.
  const now = useNow(30_000);
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
        <ChecklistCard key={checklist.id} incidentRef={incidentRef} checklist={checklist} canEdit={canEdit} now={now} />
      ))}
    </>
  );
}

function ChecklistCard({ incidentRef, checklist, canEdit, now }: { incidentRef: string; checklist: Checklist; canEdit: boolean; now: number }) {
  const applicable = checklist.items.filter((item) => !item.notApplicable);
  const done = applicable.filter((item) => item.doneAt !== null).length;
  const skipped = checklist.items.length - applicable.length;
  const overdue = checklist.items.filter((item) => isOverdue(item, now)).length;

  return (
    <Panel id={`checklist-${checklist.id}`} title={checklist.name}>
      <p className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {done} of {applicable.length} done
        {skipped > 0 && <span className="font-normal text-slate-700 dark:text-slate-300"> ({skipped} not applicable)</span>}
        {overdue > 0 && <span className="ml-2 font-semibold text-red-700 dark:text-red-300">· {overdue} overdue</span>}
      </p>
      {checklist.anchorAt && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Due times count from when service was restored, <time dateTime={checklist.anchorAt}>{formatDateTime(checklist.anchorAt)}</time>.
        </p>
      )}
      <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className="h-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${applicable.length ? (done / applicable.length) * 100 : 100}%` }} />
      </div>
      {!canEdit && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Responders and above tick items; you see every tick live.</p>}
      <div className="mt-4 flex flex-col gap-6">
        {groupItems(checklist.items).map(([title, items]) => (
          <div key={title}>
            <h3 className="text-sm font-semibold text-slate-900 dark:text-white">
              {title}
              <GroupDeadline anchorAt={checklist.anchorAt} items={items} />
            </h3>
            <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
              {items.map((item) => (
                <ChecklistItemRow
                  key={item.id}
                  incidentRef={incidentRef}
                  item={item}
                  evidence={item.autoCheck ? checklist.evidence[item.autoCheck] : undefined}
                  canEdit={canEdit}
                  now={now}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Panel>
  );
}

/** "(within 1 hour)": the group's offset, read back from its first item's due time. */
function GroupDeadline({ anchorAt, items }: { anchorAt: string | null; items: readonly ChecklistItem[] }) {
  const dueAt = items.find((item) => item.dueAt !== null)?.dueAt;
  if (!anchorAt || !dueAt) return null;
  const hours = Math.round((Date.parse(dueAt) - Date.parse(anchorAt)) / HOUR);
  if (hours < 1) return null;
  return <span className="font-normal text-slate-600 dark:text-slate-400"> (within {describeDueOffset(hours)})</span>;
}

/** Items by group, in the template's order (positions run across groups). */
function groupItems(items: readonly ChecklistItem[]): [string, ChecklistItem[]][] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    groups.set(item.groupTitle, [...(groups.get(item.groupTitle) ?? []), item]);
  }
  return [...groups.entries()];
}
