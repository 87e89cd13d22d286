import { describeDue } from "@/lib/domain/checklists/due-times";
import { formatDateTime } from "@/lib/client/format";
import type { ChecklistItem } from "@/lib/client/schemas/checklists";

/** "Overdue by 2 h · due 10:42": relative and absolute; overdue in red and in words, never colour alone. */
export function ItemDue({ item, now }: { item: ChecklistItem; now: number }) {
  const due = describeDue(item, now);
  if (!item.dueAt || !due) return null;
  if (due.overdue) {
    return (
      <p className="font-semibold text-red-700 dark:text-red-300">
        <span aria-hidden="true">⚠ </span>
        {capitalize(due.text)} · due <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time>
      </p>
    );
  }
  return (
    <p>
      {item.doneAt || item.notApplicable ? "Was due" : capitalize(due.text)}
      {item.doneAt || item.notApplicable ? " " : " · "}
      <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time>
    </p>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
