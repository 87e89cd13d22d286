import "server-only";
import type { AlertSourceName, AlertStatus } from "@/lib/domain/alerts/alert-batch";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/**
 * Serialises every change to one alert group until the transaction ends, so
 * that Alertmanager sending the same group twice at once (it does, from an HA
 * pair) cannot open two incidents. Other groups are not held up.
 */
export async function lockAlertGroup(tx: Db, source: AlertSourceName, groupKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`alert-group:${source}:${groupKey}`}, 0))`;
}

export function findAlertGroup(tx: Db, source: AlertSourceName, groupKey: string) {
  return tx.alertGroup.findUnique({
    where: { source_groupKey: { source, groupKey } },
    select: { id: true, incident: { select: { id: true, number: true, status: true, severity: true } } },
  });
}

export type AlertGroupRow = NonNullable<Awaited<ReturnType<typeof findAlertGroup>>>;

export function insertAlertGroup(tx: Db, data: { source: AlertSourceName; groupKey: string; serviceId: string; incidentId: string }) {
  return tx.alertGroup.create({ data, select: { id: true } });
}

/** The group's next alerts go to `incidentId` (its former incident was resolved or closed). */
export function repointAlertGroup(tx: Db, id: string, data: { serviceId: string; incidentId: string }) {
  return tx.alertGroup.update({ where: { id }, data, select: { id: true } });
}

export function findStoredAlerts(tx: Db, groupId: string, fingerprints: readonly string[]) {
  return tx.receivedAlert.findMany({ where: { groupId, fingerprint: { in: [...fingerprints] } }, select: { fingerprint: true, status: true } });
}

export type ReceivedAlertData = {
  serviceId: string;
  fingerprint: string;
  status: AlertStatus;
  alertName: string;
  labels: Prisma.InputJsonValue;
  annotations: Prisma.InputJsonValue;
  startsAt: Date;
  endsAt: Date | null;
  receivedAt: Date;
};

/**
 * Writes the alerts' current state: rows of fingerprints already stored are
 * replaced rather than updated one by one, so a 1,000-alert notification
 * costs two statements, not a thousand. Nothing refers to a row's id.
 */
export async function writeReceivedAlerts(tx: Db, groupId: string, alerts: readonly ReceivedAlertData[]): Promise<void> {
  if (alerts.length === 0) return;
  await tx.receivedAlert.deleteMany({ where: { groupId, fingerprint: { in: alerts.map((alert) => alert.fingerprint) } } });
  await tx.receivedAlert.createMany({ data: alerts.map((alert) => ({ ...alert, groupId })) });
}

/** Alerts re-sent unchanged: only when they were last heard of moves. */
export function touchReceivedAlerts(tx: Db, groupId: string, fingerprints: readonly string[], receivedAt: Date) {
  return tx.receivedAlert.updateMany({ where: { groupId, fingerprint: { in: [...fingerprints] } }, data: { receivedAt } });
}

export function countFiringAlerts(tx: Db, groupId: string): Promise<number> {
  return tx.receivedAlert.count({ where: { groupId, status: "firing" } });
}
