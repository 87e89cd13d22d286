import "server-only";
import type { Db } from "../db/client";
import type { ServiceChangeKind } from "../db/generated/client";

export function insertServiceChange(db: Db, data: { serviceId: string; kind: ServiceChangeKind; fromVersion: string | null; toVersion: string; at: Date; source: string }) {
  return db.serviceChange.create({ data });
}

export function listServiceChanges(db: Db, serviceId: string, since: Date) {
  return db.serviceChange.findMany({ where: { serviceId, at: { gte: since } }, orderBy: { at: "asc" }, take: 200 });
}

/**
 * The latest deploy of each service: where a regression baseline ends. Not a
 * rollback: the window before it is the bad release, no baseline at all.
 */
export async function latestDeployAtOfServices(db: Db, serviceIds: readonly string[]): Promise<Map<string, Date>> {
  const rows = await db.serviceChange.groupBy({ by: ["serviceId"], where: { serviceId: { in: [...serviceIds] }, kind: "deploy" }, _max: { at: true } });
  return new Map(rows.flatMap((row) => (row._max.at ? [[row.serviceId, row._max.at] as const] : [])));
}

export type ServiceChangeRow = Awaited<ReturnType<typeof insertServiceChange>>;

/** The last deploy before a moment: where a rollback's p95 baseline ends. */
export function latestDeployBefore(db: Db, serviceId: string, before: Date) {
  return db.serviceChange.findFirst({ where: { serviceId, kind: "deploy", at: { lt: before } }, orderBy: { at: "desc" }, select: { at: true } });
}
