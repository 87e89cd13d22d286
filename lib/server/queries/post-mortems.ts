import "server-only";
import type { HealthMinute } from "@/lib/domain/post-mortems/impact";
import type { Db } from "../db/client";
import type { ActionItemStatus, PostMortemStatus } from "../db/generated/enums";

const actionItemInclude = { owner: { select: { id: true, name: true } } } as const;
const postMortemInclude = { actionItems: { orderBy: { createdAt: "asc" }, include: actionItemInclude } } as const;

export function findPostMortemOfIncident(db: Db, incidentId: string) {
  return db.postMortem.findUnique({ where: { incidentId }, include: postMortemInclude });
}

export type PostMortemRow = NonNullable<Awaited<ReturnType<typeof findPostMortemOfIncident>>>;
export type ActionItemRow = PostMortemRow["actionItems"][number];

export function insertPostMortem(db: Db, data: { incidentId: string; title: string; content: string; templateVersion: number }) {
  return db.postMortem.create({ data, include: postMortemInclude });
}

export type PostMortemChanges = {
  content?: string;
  status?: PostMortemStatus;
  submittedAt?: Date | null;
  publishedAt?: Date | null;
  publishedById?: string | null;
  publishedByName?: string | null;
};

/** Writes only if nobody changed the post-mortem since `version`; false when someone did. */
export async function updatePostMortemIfVersion(db: Db, id: string, version: number, changes: PostMortemChanges): Promise<boolean> {
  const { count } = await db.postMortem.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return count === 1;
}

export function findPostMortemStatusOfIncident(db: Db, incidentId: string) {
  return db.postMortem.findUnique({ where: { incidentId }, select: { status: true } });
}

export function findActionItem(db: Db, id: string) {
  return db.postMortemActionItem.findUnique({ where: { id }, include: actionItemInclude });
}

export function insertActionItem(db: Db, data: { postMortemId: string; incidentId: string; title: string; ownerId: string | null; dueAt: Date | null }) {
  return db.postMortemActionItem.create({ data, include: actionItemInclude });
}

export type ActionItemChanges = { title?: string; ownerId?: string | null; dueAt?: Date | null; status?: ActionItemStatus; doneAt?: Date | null };

export async function updateActionItemIfVersion(db: Db, id: string, version: number, changes: ActionItemChanges): Promise<boolean> {
  const { count } = await db.postMortemActionItem.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return count === 1;
}

/** The whole recorded timeline, oldest first; the builder picks the story's events. */
export function listTimelineForPostMortem(db: Db, incidentId: string) {
  return db.timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" }, take: 5000, select: { kind: true, summary: true, payload: true, createdAt: true } });
}

/** Live rollback runs of the incident, for seed 003's rollback log entries (drills are rehearsals, not the story). */
export function listRollbackRunsForPostMortem(db: Db, incidentId: string) {
  return db.rollbackRun.findMany({
    where: { incidentId, mode: "live" },
    orderBy: { createdAt: "asc" },
    select: { planSnapshot: true, trigger: true, reason: true, createdAt: true, finishedAt: true, verificationStatus: true, status: true },
  });
}

/**
 * Each service's health per minute in [from, to): raw samples where they are
 * kept (48 h), and the 1-minute rollups (30 days) for minutes with no raw
 * samples left, so an incident resolved days later still has its figures.
 */
export async function listHealthMinutes(db: Db, serviceIds: readonly string[], from: Date, to: Date): Promise<(HealthMinute & { serviceId: string })[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.$queryRaw<{ serviceId: string; minute: Date; samples: bigint | number; okSamples: bigint | number; requestRate: number | null; errorRate: number | null }[]>`
    SELECT "serviceId", date_trunc('minute', "at") AS minute, count(*) AS samples, count(*) FILTER (WHERE "ok") AS "okSamples",
           avg("requestRate") AS "requestRate", avg("errorRate") AS "errorRate"
    FROM "HealthSample"
    WHERE "serviceId" = ANY(${[...serviceIds]}::uuid[]) AND "at" >= date_trunc('minute', ${from}::timestamptz) AND "at" < ${to}
    GROUP BY 1, 2
    UNION ALL
    SELECT r."serviceId", r."minute", r."samples", r."okSamples", r."requestRate", r."errorRate"
    FROM "HealthRollup" r
    WHERE r."serviceId" = ANY(${[...serviceIds]}::uuid[]) AND r."minute" >= date_trunc('minute', ${from}::timestamptz) AND r."minute" < ${to}
      AND NOT EXISTS (SELECT 1 FROM "HealthSample" s WHERE s."serviceId" = r."serviceId" AND s."at" >= r."minute" AND s."at" < r."minute" + interval '1 minute')
    ORDER BY 2`;
  return rows.map((row) => ({ ...row, samples: Number(row.samples), okSamples: Number(row.okSamples) }));
}
