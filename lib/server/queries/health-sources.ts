import "server-only";
import type { Db } from "../db/client";
import type { HealthSourceKind, Prisma } from "../db/generated/client";

export const healthSourceFields = {
  id: true,
  serviceId: true,
  name: true,
  kind: true,
  config: true,
  intervalSeconds: true,
  enabled: true,
  lastCollectedAt: true,
  lastError: true,
  consecutiveFailures: true,
  version: true,
} as const;

export function listHealthSourcesOfService(db: Db, serviceId: string) {
  return db.healthSource.findMany({ where: { serviceId }, orderBy: { createdAt: "asc" }, select: healthSourceFields });
}

export function listHealthSourcesOfServices(db: Db, serviceIds: readonly string[]) {
  return db.healthSource.findMany({ where: { serviceId: { in: [...serviceIds] } }, select: healthSourceFields });
}

export function findHealthSourceById(db: Db, id: string) {
  return db.healthSource.findUnique({ where: { id }, select: healthSourceFields });
}

export type HealthSourceRow = NonNullable<Awaited<ReturnType<typeof findHealthSourceById>>>;

export function insertHealthSource(db: Db, data: { serviceId: string; name: string; kind: HealthSourceKind; config: Prisma.InputJsonValue; intervalSeconds: number; enabled: boolean }) {
  return db.healthSource.create({ data, select: healthSourceFields });
}

/** Optimistic: matches only the version the caller read; null means someone changed it first. */
export async function updateHealthSourceAtVersion(
  db: Db,
  id: string,
  version: number,
  data: { name?: string; config?: Prisma.InputJsonValue; intervalSeconds?: number; enabled?: boolean; carry?: Prisma.InputJsonValue },
) {
  const { count } = await db.healthSource.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1 ? findHealthSourceById(db, id) : null;
}

export function deleteHealthSourceRow(db: Db, id: string) {
  return db.healthSource.delete({ where: { id }, select: healthSourceFields });
}

/** Enabled sources of active services whose interval has passed since their last collection. */
export function listDueHealthSources(db: Db, now: Date) {
  return db.$queryRaw<{ id: string; serviceId: string; kind: HealthSourceKind; config: unknown; carry: unknown; consecutiveFailures: number; intervalSeconds: number }[]>`
    SELECT h."id", h."serviceId", h."kind", h."config", h."carry", h."consecutiveFailures", h."intervalSeconds"
    FROM "HealthSource" h JOIN "Service" s ON s."id" = h."serviceId"
    WHERE h."enabled" AND s."archivedAt" IS NULL
      AND (h."lastCollectedAt" IS NULL OR h."lastCollectedAt" <= ${now}::timestamptz - make_interval(secs => h."intervalSeconds" - 0.25))`;
}

export type CollectedSourceUpdate = { id: string; carry: Prisma.InputJsonValue; lastCollectedAt: Date; lastError: string | null; consecutiveFailures: number };

/** One statement for every source collected in a tick (a hundred separate UPDATEs would dominate the tick). */
export async function recordSourceCollections(db: Db, updates: readonly CollectedSourceUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.$executeRaw`
    UPDATE "HealthSource" AS h SET
      "carry" = u.carry, "lastCollectedAt" = u.at, "lastError" = u.error, "consecutiveFailures" = u.failures
    FROM unnest(
      ${updates.map((update) => update.id)}::uuid[],
      ${updates.map((update) => JSON.stringify(update.carry))}::jsonb[],
      ${updates.map((update) => update.lastCollectedAt)}::timestamptz[],
      ${updates.map((update) => update.lastError)}::text[],
      ${updates.map((update) => update.consecutiveFailures)}::int[]
    ) AS u(id, carry, at, error, failures)
    WHERE h."id" = u.id`;
}

/** What the collector carried over for each enabled, collected source of the services: their latest figures. */
export function listSourceStatesOfServices(db: Db, serviceIds: readonly string[]) {
  return db.healthSource.findMany({
    where: { serviceId: { in: [...serviceIds] }, enabled: true, lastCollectedAt: { not: null } },
    select: { serviceId: true, kind: true, carry: true, consecutiveFailures: true },
  });
}
