import "server-only";
import type { Db } from "../db/client";
import type { HealthSignalKind, Severity } from "../db/generated/client";

export const signalInclude = { incident: { select: { id: true, number: true } } } as const;

export function listOpenSignalsOfServices(db: Db, serviceIds: readonly string[]) {
  return db.healthSignal.findMany({ where: { serviceId: { in: [...serviceIds] }, clearedAt: null }, orderBy: { openedAt: "asc" }, include: signalInclude });
}

/** Open signals, and those cleared since `since`, newest first. */
export function listSignalsOfService(db: Db, serviceId: string, since: Date) {
  return db.healthSignal.findMany({ where: { serviceId, OR: [{ clearedAt: null }, { clearedAt: { gte: since } }] }, orderBy: { openedAt: "desc" }, take: 50, include: signalInclude });
}

export function insertHealthSignal(db: Db, data: { serviceId: string; kind: HealthSignalKind; message: string; value: number; threshold: number; severity: Severity; openedAt: Date; incidentId: string | null }) {
  return db.healthSignal.create({ data, include: signalInclude });
}

export function clearHealthSignal(db: Db, id: string, clearedAt: Date) {
  return db.healthSignal.update({ where: { id }, data: { clearedAt }, include: signalInclude });
}

export type HealthSignalRow = Awaited<ReturnType<typeof insertHealthSignal>>;
