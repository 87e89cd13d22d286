/** 90 days: longer offsets are not follow-ups any more, they are a backlog. */
export const MAX_DUE_WITHIN_HOURS = 24 * 90;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An item's due time: the checklist's anchor (service restored) plus its group's offset. */
export function dueAtFor(anchorAt: Date, dueWithinHours: number | undefined): Date | null {
  if (dueWithinHours === undefined) return null;
  return new Date(anchorAt.getTime() + dueWithinHours * HOUR);
}

/** "within 1 hour", "within 24 hours", "within 1 week", as the seeds say it. */
export function describeDueOffset(hours: number): string {
  if (hours % (24 * 7) === 0) return plural(hours / (24 * 7), "week");
  if (hours > 24 && hours % 24 === 0) return plural(hours / 24, "day");
  return plural(hours, "hour");
}

export type DueState = { overdue: boolean; text: string };

type DueSubject = { dueAt: string | null; doneAt: string | null; notApplicable: boolean };

/** Open, with a due time in the past. Done and not-applicable items are never overdue. */
export function isOverdue(item: DueSubject, now: number): boolean {
  return item.dueAt !== null && item.doneAt === null && !item.notApplicable && Date.parse(item.dueAt) < now;
}

/** "overdue by 2 h" or "due in 45 min": what a person reads next to the absolute time. */
export function describeDue(item: DueSubject, now: number): DueState | null {
  if (item.dueAt === null) return null;
  const delta = Date.parse(item.dueAt) - now;
  if (isOverdue(item, now)) return { overdue: true, text: `overdue by ${roughDuration(-delta)}` };
  if (item.doneAt !== null || item.notApplicable) return { overdue: false, text: "due" };
  return { overdue: false, text: `due in ${roughDuration(delta)}` };
}

/** One unit, rounded down, never "0": "45 min", "2 h", "3 d". */
export function roughDuration(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
