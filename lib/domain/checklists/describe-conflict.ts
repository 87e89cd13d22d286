/** The fields of an item as the server has it now, after someone else's write won. */
export type ConflictCurrent = {
  doneAt: string | null;
  note: string | null;
  assignee: { name: string } | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  changedBy: string | null;
};

/** What the losing write tried to change. */
export type AttemptedChange = { done?: boolean; note?: string | null; assigneeId?: string | null; notApplicable?: boolean };

/**
 * "Ada changed this to ticked — your change was not saved": the current value
 * of what the person tried to change, so they see why their write lost.
 */
export function describeConflict(current: ConflictCurrent, attempted: AttemptedChange): string {
  const values: string[] = [];
  if (attempted.done !== undefined) values.push(current.doneAt ? "ticked" : "not ticked");
  if (attempted.notApplicable !== undefined) values.push(current.notApplicable ? `not applicable (${current.notApplicableReason ?? "no reason given"})` : "applicable");
  if (attempted.assigneeId !== undefined) values.push(current.assignee ? `assigned to ${current.assignee.name}` : "unassigned");
  if (attempted.note !== undefined) values.push(current.note ? `the note “${current.note}”` : "no note");
  const who = current.changedBy ?? "Someone";
  if (values.length === 0) return `${who} changed this item — your change was not saved`;
  return `${who} changed this to ${values.join(", ")} — your change was not saved`;
}
