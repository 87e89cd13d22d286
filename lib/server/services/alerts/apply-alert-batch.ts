import "server-only";
import { detectedAtOf, incidentHeadline, type AlertBatch, type IncomingAlert } from "@/lib/domain/alerts/alert-batch";
import { highestSeverity } from "@/lib/domain/alerts/alert-labels";
import { classifyAlerts, incidentActionFor, type AlertChanges, type StoredAlertStatus } from "@/lib/domain/alerts/alert-changes";
import { isOpen } from "@/lib/domain/incidents/lifecycle";
import type { Actor } from "../../auth/caller";
import { db, type Db } from "../../db/client";
import { countFiringAlerts, findAlertGroup, findStoredAlerts, insertAlertGroup, lockAlertGroup, repointAlertGroup, type AlertGroupRow } from "../../queries/alerts";
import { linkIncidentServices, raiseIncidentSeverity } from "../../queries/alerts-targets";
import { findIncidentByIdOrThrow, insertIncident, type IncidentRow } from "../../queries/incidents";
import { publishIncidentChange } from "../publish-incident-change";
import { publishAuditEvent } from "../record-audit-event";
import { recordTimelineEvent, type TimelineEntry, type TimelineEventRow } from "../record-timeline-event";
import { alertsAddedEntry, alertsResolvedEntry, allAlertsResolvedEntry, groupMovedEntry, incidentOpenedEntry } from "./alert-timeline-entries";
import { resolveAlertServices, type AlertService } from "./resolve-alert-services";
import { storeReceivedAlerts } from "./store-received-alerts";

export type AlertIntakeResult = {
  /** The incident the group's alerts now go to (none when only unknown alerts resolved). */
  incidents: { key: string; id: string; created: boolean }[];
  alerts: { received: number; new: number; resolved: number };
};

/** Prisma's default 5 s is tight for a 1,000-alert payload queued behind another holding the group's lock. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

type Step = { tx: Db; actor: Actor; batch: AlertBatch; changes: AlertChanges; stored: ReadonlySet<string>; serviceOf: (alert: IncomingAlert) => AlertService; receivedAt: Date };
type Touched = { id: string; number: number; created: boolean; events: TimelineEventRow[] };

/**
 * The one path every alert takes, whatever sent it: in one transaction,
 * under a lock on the group, open the group's incident or update it, store
 * each alert by fingerprint and append the timeline events; after the
 * commit, publish what changed. Re-sent alerts that change nothing move
 * their `receivedAt` and publish nothing.
 */
export async function applyAlertBatch(actor: Actor, batch: AlertBatch, requestId: string | null): Promise<AlertIntakeResult> {
  const receivedAt = new Date();
  const { changes, target, formerIncident, auditRow } = await db().$transaction(async (tx) => {
    await lockAlertGroup(tx, batch.source, batch.groupKey);
    const group = await findAlertGroup(tx, batch.source, batch.groupKey);
    const storedRows = group ? await findStoredAlerts(tx, group.id, batch.alerts.map((alert) => alert.fingerprint)) : [];
    const changes = classifyAlerts(batch.alerts, new Map(storedRows.map((row) => [row.fingerprint, row.status as StoredAlertStatus])));
    const action = incidentActionFor(group ? { incidentOpen: isOpen(group.incident.status) } : null, changes);
    if (action === "none") return { changes, target: null, formerIncident: null, auditRow: null };

    const { serviceOf, auditRow } = await resolveAlertServices(tx, actor, requestId, batch.alerts);
    const step: Step = { tx, actor, batch, changes, stored: new Set(storedRows.map((row) => row.fingerprint)), serviceOf, receivedAt };
    const { target, formerIncident } = action === "update" && group ? { target: await updateIncident(step, group), formerIncident: null } : await openIncident(step, group);
    return { changes, target: await withRow(tx, target), formerIncident: formerIncident && (await withRow(tx, formerIncident)), auditRow };
  }, TRANSACTION_OPTIONS);

  if (auditRow) publishAuditEvent(auditRow);
  for (const touched of [target, formerIncident]) {
    if (touched?.row) await publishIncidentChange(touched.row, touched.events);
  }
  return {
    incidents: target ? [{ key: `INC-${target.number}`, id: target.id, created: target.created }] : [],
    alerts: { received: batch.alerts.length, new: changes.newlyFiring.length, resolved: changes.resolving.length },
  };
}

/** A new incident for the group; a group whose incident was resolved or closed moves to the new one. */
async function openIncident(step: Step, group: AlertGroupRow | null): Promise<{ target: Touched; formerIncident: Touched | null }> {
  const { tx, actor, batch, changes, serviceOf } = step;
  const firing = [...changes.newlyFiring, ...changes.stillFiring];
  const { title, summary, severity, lead } = incidentHeadline(firing);
  const detectedAt = detectedAtOf(firing, step.receivedAt);
  const incident = await insertIncident(tx, {
    title,
    summary,
    severity,
    scenario: null,
    private: false,
    // A person takes command; an alert (or the token that sent it) cannot.
    commanderId: null,
    detectedAt,
    serviceIds: [...new Set(firing.map((alert) => serviceOf(alert).id))],
    participants: [],
  });
  const groupLink = { serviceId: serviceOf(lead).id, incidentId: incident.id };
  const groupId = group ? (await repointAlertGroup(tx, group.id, groupLink)).id : (await insertAlertGroup(tx, { source: batch.source, groupKey: batch.groupKey, ...groupLink })).id;
  await storeReceivedAlerts(tx, groupId, changes, step.stored, serviceOf, step.receivedAt);

  const entries: TimelineEntry[] = [incidentOpenedEntry(actor.name, batch, { ...incident, detectedAt }, firing, serviceOf, group?.incident ?? null)];
  if (changes.resolving.length > 0) entries.push(alertsResolvedEntry(batch, changes.resolving, serviceOf));
  const target = { id: incident.id, number: incident.number, created: true, events: await record(tx, actor, incident.id, entries) };
  if (!group) return { target, formerIncident: null };
  const former = group.incident;
  return { target, formerIncident: { id: former.id, number: former.number, created: false, events: await record(tx, actor, former.id, [groupMovedEntry(batch, incident)]) } };
}

/** The group's incident records alerts that joined and alerts that resolved; its own status is never touched. */
async function updateIncident(step: Step, group: AlertGroupRow): Promise<Touched> {
  const { tx, actor, batch, changes, serviceOf } = step;
  const incident = group.incident;
  await storeReceivedAlerts(tx, group.id, changes, step.stored, serviceOf, step.receivedAt);
  const entries: TimelineEntry[] = [];
  if (changes.newlyFiring.length > 0) {
    await linkIncidentServices(tx, incident.id, [...new Set(changes.newlyFiring.map((alert) => serviceOf(alert).id))]);
    const highest = highestSeverity(changes.newlyFiring.map((alert) => alert.severity));
    const raised = highest && (await raiseIncidentSeverity(tx, incident.id, highest)) ? { from: incident.severity, to: highest } : null;
    entries.push(alertsAddedEntry(batch, changes.newlyFiring, serviceOf, raised));
  }
  if (changes.resolving.length > 0) {
    entries.push(alertsResolvedEntry(batch, changes.resolving, serviceOf));
    if ((await countFiringAlerts(tx, group.id)) === 0) entries.push(allAlertsResolvedEntry(batch, { number: incident.number, open: isOpen(incident.status) }));
  }
  return { id: incident.id, number: incident.number, created: false, events: await record(tx, actor, incident.id, entries) };
}

async function record(tx: Db, actor: Actor, incidentId: string, entries: readonly TimelineEntry[]): Promise<TimelineEventRow[]> {
  const rows: TimelineEventRow[] = [];
  for (const entry of entries) rows.push(await recordTimelineEvent(tx, actor, incidentId, entry));
  return rows;
}

/** The incident as committed, for publishing; only incidents with new timeline events are published. */
async function withRow(tx: Db, touched: Touched): Promise<Touched & { row: IncidentRow | null }> {
  return { ...touched, row: touched.events.length > 0 ? await findIncidentByIdOrThrow(tx, touched.id) : null };
}
