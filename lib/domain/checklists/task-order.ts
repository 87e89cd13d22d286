/** The fields "My tasks" orders by. */
export type DatedTask = { dueAt: string | null };

/**
 * Overdue first (the longest overdue on top), then by due time, then the
 * tasks without one; ties keep their given order.
 */
export function orderTasks<Task extends DatedTask>(tasks: readonly Task[], now: number): Task[] {
  const rank = (task: Task) => (task.dueAt === null ? 2 : Date.parse(task.dueAt) < now ? 0 : 1);
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || dueTime(a.task) - dueTime(b.task) || a.index - b.index)
    .map(({ task }) => task);
}

function dueTime(task: DatedTask): number {
  return task.dueAt === null ? 0 : Date.parse(task.dueAt);
}
