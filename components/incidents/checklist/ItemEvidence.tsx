import { Button } from "@/components/ui/Button";
import { AUTO_CHECK_LABELS, isAutoCheckKey } from "@/lib/domain/checklists/auto-check";
import { formatDateTime } from "@/lib/client/format";
import type { AutoCheckEvidence, ChecklistItem } from "@/lib/client/schemas/checklists";

type ItemEvidenceProps = { item: ChecklistItem; evidence: AutoCheckEvidence | undefined; canTick: boolean; pending: boolean; onTick: () => void };

/**
 * For items Rewind can check itself: the verification that proves the item,
 * linked to the rollback panel, and a one-click tick while the item is open.
 */
export function ItemEvidence({ item, evidence, canTick, pending, onTick }: ItemEvidenceProps) {
  if (!isAutoCheckKey(item.autoCheck)) return null;
  if (!evidence) {
    return <p className="text-xs text-slate-600 dark:text-slate-400">Rewind ticks this when a rollback’s verification proves it ({AUTO_CHECK_LABELS[item.autoCheck]}).</p>;
  }
  const open = item.doneAt === null && !item.notApplicable;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-emerald-900 dark:text-emerald-200">
      <a href="#rollback" className="underline underline-offset-2">
        Verified by run “{evidence.planName}” at <time dateTime={evidence.verifiedAt}>{formatDateTime(evidence.verifiedAt)}</time>: {evidence.passed} of {evidence.total}{" "}
        {AUTO_CHECK_LABELS[item.autoCheck]} passed
      </a>
      {open && canTick && (
        <Button variant="secondary" size="sm" pending={pending} pendingLabel="Ticking…" disabled={pending} onClick={onTick}>
          Tick from this verification<span className="sr-only"> for “{item.text}”</span>
        </Button>
      )}
    </div>
  );
}
