import "server-only";
import type { IncomingAlert } from "@/lib/domain/alerts/alert-batch";
import type { AlertChanges } from "@/lib/domain/alerts/alert-changes";
import type { Db } from "../../db/client";
import { touchReceivedAlerts, writeReceivedAlerts, type ReceivedAlertData } from "../../queries/alerts";
import type { AlertService } from "./resolve-alert-services";

/**
 * Brings the group's alert rows up to date: new alerts and alerts whose
 * status changed are written whole; re-sent ones only get their `receivedAt`
 * moved.
 */
export async function storeReceivedAlerts(
  tx: Db,
  groupId: string,
  changes: AlertChanges,
  stored: ReadonlySet<string>,
  serviceOf: (alert: IncomingAlert) => AlertService,
  receivedAt: Date,
): Promise<void> {
  const rowOf = (alert: IncomingAlert): ReceivedAlertData => ({
    serviceId: serviceOf(alert).id,
    fingerprint: alert.fingerprint,
    status: alert.status,
    alertName: alert.alertName,
    labels: alert.labels,
    annotations: alert.annotations,
    startsAt: alert.startsAt,
    endsAt: alert.endsAt,
    receivedAt,
  });
  // A quietly resolved alert that is stored was stored resolved: nothing about it changes.
  const resolvedBefore = changes.quietlyResolved.filter((alert) => stored.has(alert.fingerprint));
  const resolvedUnseen = changes.quietlyResolved.filter((alert) => !stored.has(alert.fingerprint));
  await writeReceivedAlerts(tx, groupId, [...changes.newlyFiring, ...changes.resolving, ...resolvedUnseen].map(rowOf));
  const unchanged = [...changes.stillFiring, ...resolvedBefore];
  if (unchanged.length > 0) await touchReceivedAlerts(tx, groupId, unchanged.map((alert) => alert.fingerprint), receivedAt);
}
