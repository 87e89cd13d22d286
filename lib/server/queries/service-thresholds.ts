import "server-only";
import type { Db } from "../db/client";

export function listThresholdsOfServices(db: Db, serviceIds: readonly string[]) {
  return db.serviceThresholds.findMany({ where: { serviceId: { in: [...serviceIds] } } });
}

/** A service without a row has the seeds' defaults; the row appears on its first change. */
export function ensureThresholds(db: Db, serviceId: string) {
  return db.serviceThresholds.upsert({ where: { serviceId }, create: { serviceId }, update: {} });
}

export async function updateThresholdsAtVersion(
  db: Db,
  serviceId: string,
  version: number,
  data: Partial<{ errorRatePercent: number; p95IncreasePercent: number; unavailableMinutes: number; failedChecks: number; baselineMinutes: number; declareIncident: boolean; autoRollback: boolean }>,
) {
  const { count } = await db.serviceThresholds.updateMany({ where: { serviceId, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1 ? db.serviceThresholds.findUnique({ where: { serviceId } }) : null;
}

export type ThresholdsRow = Awaited<ReturnType<typeof ensureThresholds>>;
