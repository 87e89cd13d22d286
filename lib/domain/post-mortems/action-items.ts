/**
 * Post-mortem action items. `open` and `in_progress` count as open (reports
 * and "My tasks" use the same rule); an open item whose due time has passed is
 * overdue. `done` and `wont_do` end the tracking.
 */
export const ACTION_ITEM_STATUSES = ["open", "in_progress", "done", "wont_do"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { open: "Open", in_progress: "In progress", done: "Done", wont_do: "Won’t do" };

export function isOpenActionItem(status: ActionItemStatus): boolean {
  return status === "open" || status === "in_progress";
}

export function isOverdueActionItem(item: { status: ActionItemStatus; dueAt: Date | null }, now: Date): boolean {
  return isOpenActionItem(item.status) && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
}

/** `doneAt` is stamped when an item reaches done and cleared if it is reopened. */
export function doneAtAfter(before: { status: ActionItemStatus; doneAt: Date | null }, to: ActionItemStatus, now: Date): Date | null {
  if (to !== "done") return null;
  return before.status === "done" && before.doneAt ? before.doneAt : now;
}
