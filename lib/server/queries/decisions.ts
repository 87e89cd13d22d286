import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { parseDecisionTreeVersion } from "./decision-trees";

const decisionInclude = {
  treeVersion: true,
  answers: { orderBy: { position: "asc" } },
} as const;

/**
 * The incident's current decision: the one in progress or decided if there is
 * one (at most one is, under lockIncidentDecisions), else the newest
 * abandoned one. Postgres sorts enums in declaration order (in_progress,
 * decided, abandoned), and ordering by status does not depend on startedAt,
 * which is each transaction's start time and so may tie or cross.
 */
export async function findLatestDecision(db: Db, incidentId: string) {
  const row = await db.decision.findFirst({ where: { incidentId }, orderBy: [{ status: "asc" }, { startedAt: "desc" }], include: decisionInclude });
  return row ? { ...row, treeVersion: parseDecisionTreeVersion(row.treeVersion) } : null;
}

export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findLatestDecision>>>;

/**
 * Serialises every change to one incident's decision (start, answer, back) for
 * the rest of the transaction: two commanders clicking at once then see each
 * other's answer instead of both passing the step check.
 */
export function lockIncidentDecisions(db: Db, incidentId: string) {
  return db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rewind.incident-decision.${incidentId}`}::text))`;
}

export function insertDecision(db: Db, data: { incidentId: string; treeVersionId: string }) {
  return db.decision.create({ data, select: { id: true } });
}

export function markDecisionAbandoned(db: Db, decisionId: string) {
  return db.decision.update({ where: { id: decisionId }, data: { status: "abandoned" }, select: { id: true } });
}

export function markDecisionDecided(db: Db, decisionId: string, data: { outcomeNodeId: string; decidedAt: Date }) {
  return db.decision.update({ where: { id: decisionId }, data: { status: "decided", ...data }, select: { id: true } });
}

/** The back button on a decided decision reopens its last question. */
export function reopenDecision(db: Db, decisionId: string) {
  return db.decision.update({ where: { id: decisionId }, data: { status: "in_progress", outcomeNodeId: null, decidedAt: null }, select: { id: true } });
}

/**
 * The unique (decisionId, position) makes a second answer at the same step
 * fail with P2002, whatever the callers checked before. The health snapshot
 * is NULL when the incident's services have no health figures.
 */
export function insertDecisionAnswer(
  db: Db,
  data: { decisionId: string; position: number; nodeId: string; answerId: string; answeredById: string | null; answeredByName: string; healthSnapshot: Prisma.InputJsonValue | undefined },
) {
  return db.decisionAnswer.create({ data, select: { id: true } });
}

export function deleteDecisionAnswer(db: Db, answerId: string) {
  return db.decisionAnswer.delete({ where: { id: answerId }, select: { id: true } });
}

/**
 * Stamps the incident's first decision time, once, and bumps its version as
 * every incident change does. Lives here rather than in incidents.ts because
 * only a decision sets it. Returns how many rows changed (0 when already set).
 */
export async function stampIncidentDecidedAt(db: Db, incidentId: string, decidedAt: Date): Promise<number> {
  const { count } = await db.incident.updateMany({ where: { id: incidentId, decidedAt: null }, data: { decidedAt, version: { increment: 1 } } });
  return count;
}
