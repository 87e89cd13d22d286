import "server-only";
import type { Db } from "../db/client";
import type { Prisma, RollbackRunStatus } from "../db/generated/client";

const ACTIVE_STATUSES: RollbackRunStatus[] = ["running", "waiting", "paused"];

export const runWithStepsInclude = {
  steps: { orderBy: { position: "asc" } },
  service: { select: { id: true, slug: true, name: true } },
  incident: { select: { id: true, number: true, title: true, private: true } },
} as const satisfies Prisma.RollbackRunInclude;

export type RunWithSteps = Prisma.RollbackRunGetPayload<{ include: typeof runWithStepsInclude }>;
export type StepRunRow = RunWithSteps["steps"][number];

export function insertRun(db: Db, data: Prisma.RollbackRunUncheckedCreateInput) {
  return db.rollbackRun.create({ data, include: runWithStepsInclude });
}

export function findRun(db: Db, id: string) {
  return db.rollbackRun.findUnique({ where: { id }, include: runWithStepsInclude });
}

/** Serializes every change to one run: workers finishing steps and commanders' commands take this row lock first. */
export async function lockRun(db: Db, id: string): Promise<RunWithSteps | null> {
  const locked = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "RollbackRun" WHERE id = ${id}::uuid FOR UPDATE`;
  return locked.length === 0 ? null : findRun(db, id);
}

/** Two starts on one service wait for each other here, so the concurrency check cannot race. */
export async function lockServiceRuns(db: Db, serviceId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rollback-runs:${serviceId}`}))`;
}

export function findActiveLiveRuns(db: Db, serviceId: string) {
  return db.rollbackRun.findMany({ where: { serviceId, mode: "live", status: { in: ACTIVE_STATUSES } }, select: { id: true, planId: true, status: true, createdAt: true } });
}

export function updateRun(db: Db, id: string, data: Prisma.RollbackRunUncheckedUpdateInput) {
  return db.rollbackRun.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

export function updateStep(db: Db, id: string, data: Prisma.RollbackStepRunUncheckedUpdateInput) {
  return db.rollbackStepRun.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

export function findStepRun(db: Db, id: string) {
  return db.rollbackStepRun.findUnique({ where: { id } });
}

/** A running step's sign of life; also tells the executing instance whether the run was cancelled meanwhile. */
export async function touchRunningStep(db: Db, id: string, instanceId: string, at: Date): Promise<{ runStatus: RollbackRunStatus } | null> {
  const rows = await db.$queryRaw<{ runStatus: RollbackRunStatus }[]>`
    UPDATE "RollbackStepRun" AS s SET "heartbeatAt" = ${at}
    FROM "RollbackRun" AS r
    WHERE s.id = ${id}::uuid AND s.status = 'running' AND s."instanceId" = ${instanceId} AND r.id = s."runId"
    RETURNING r.status AS "runStatus"`;
  return rows[0] ?? null;
}

/** Steps whose instance stopped beating; SKIP LOCKED lets every instance sweep without doing the same step twice. */
export function lockStaleRunningSteps(db: Db, staleBefore: Date) {
  return db.$queryRaw<{ id: string; runId: string }[]>`
    SELECT id, "runId" FROM "RollbackStepRun"
    WHERE status = 'running' AND "heartbeatAt" < ${staleBefore}
    ORDER BY "heartbeatAt" LIMIT 20 FOR UPDATE SKIP LOCKED`;
}

/** Claims the 15-minute alert exactly once across instances. */
export function claimLongRunningAlerts(db: Db, startedBefore: Date, at: Date) {
  return db.$queryRaw<{ id: string }[]>`
    UPDATE "RollbackRun" SET "longRunningAlertedAt" = ${at}, version = version + 1
    WHERE status IN ('running', 'waiting', 'paused') AND "longRunningAlertedAt" IS NULL AND "createdAt" < ${startedBefore}
    RETURNING id`;
}

export function listRunsOfService(db: Db, serviceId: string, options: { mode?: "live" | "drill"; take: number }) {
  return db.rollbackRun.findMany({ where: { serviceId, ...(options.mode ? { mode: options.mode } : {}) }, orderBy: { createdAt: "desc" }, take: options.take, include: runWithStepsInclude });
}

export function listRunsOfIncident(db: Db, incidentId: string) {
  return db.rollbackRun.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: runWithStepsInclude });
}

export function insertStepLogs(db: Db, rows: Prisma.RollbackStepLogCreateManyInput[]) {
  return db.rollbackStepLog.createManyAndReturn({ data: rows });
}

export function listRunLogs(db: Db, runId: string, afterId: bigint | null) {
  return db.rollbackStepLog.findMany({ where: { runId, ...(afterId === null ? {} : { id: { gt: afterId } }) }, orderBy: { id: "asc" }, take: 5_000 });
}

