import { roughDuration } from "@/lib/domain/checklists/due-times";
import { formatDateTime } from "@/lib/client/format";

/** Due time, relative and absolute; overdue in red and in words. */
export function TaskDue({ dueAt, overdue, now }: { dueAt: string | null; overdue: boolean; now: number }) {
  if (!dueAt) return <span className="text-slate-600 dark:text-slate-400">No due time</span>;
  const delta = Date.parse(dueAt) - now;
  const absolute = <time dateTime={dueAt}>{formatDateTime(dueAt)}</time>;
  if (overdue || delta < 0) {
    return (
      <span className="font-semibold text-red-700 dark:text-red-300">
        <span aria-hidden="true">⚠ </span>Overdue by {roughDuration(-delta)} · due {absolute}
      </span>
    );
  }
  return (
    <span className="text-slate-700 dark:text-slate-300">
      Due in {roughDuration(delta)} · {absolute}
    </span>
  );
}
