import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "../db/client";

/**
 * The custom server starts pg-boss; route handlers (in the Next.js bundle,
 * which loads its own copy of this module) enqueue through the same instance,
 * so it lives on globalThis like the socket.io server.
 */
const globalForJobs = globalThis as unknown as { __rewindJobQueue?: PgBoss };

export function setJobQueueHandle(boss: PgBoss | undefined): void {
  globalForJobs.__rewindJobQueue = boss;
}

/** Forgets the handle only if it is still this instance's (another may have taken its place in tests). */
export function clearJobQueueHandle(boss: PgBoss): void {
  if (globalForJobs.__rewindJobQueue === boss) globalForJobs.__rewindJobQueue = undefined;
}

function jobQueue(): PgBoss {
  const boss = globalForJobs.__rewindJobQueue;
  if (!boss) throw new Error("The job queue is not running in this process");
  return boss;
}

/** Wakes every instance's rollback workers at once instead of at their next poll (pg-boss polls every 0.5 s at best). */
export const JOB_WAKE_CHANNEL = "rewind_jobs_wake";

/**
 * Enqueues a job inside the caller's transaction: it exists exactly when the
 * change that asked for it commits. The NOTIFY is delivered on commit too.
 */
export async function enqueueInTransaction(tx: Db, name: string, data: object, options: { singletonKey?: string; startAfter?: Date; expireInSeconds?: number } = {}): Promise<void> {
  const executor = {
    executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
  await jobQueue().send(name, data, { ...options, retryLimit: 3, retryDelay: 1, db: executor });
  // A delayed job (a retry's backoff) is found by the workers' polling when it is due.
  if (!options.startAfter || options.startAfter.getTime() <= Date.now()) await tx.$executeRaw`SELECT pg_notify(${JOB_WAKE_CHANNEL}, ${name})`;
}

/** Tells every instance that a run was cancelled, so the one executing its step aborts it at once. */
export const RUN_CANCEL_CHANNEL = "rewind_rollback_cancel";

export async function notifyRunCancelled(tx: Db, runId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${RUN_CANCEL_CHANNEL}, ${runId})`;
}
