import "server-only";
import type { AlertBatch, IncomingAlert } from "@/lib/domain/alerts/alert-batch";
import type { Severity } from "@/lib/domain/incidents/lifecycle";
import type { TimelineEntry } from "../record-timeline-event";
import type { AlertService } from "./resolve-alert-services";

/** Timeline events stay readable for a 1,000-alert payload: the rest is counted, not listed. */
const LISTED_IN_PAYLOAD = 50;
const NAMED_IN_SUMMARY = 5;

type ServiceOf = (alert: IncomingAlert) => AlertService;
type IncidentRef = { id: string; number: number };

/** Kind `incident.declared`, like a person's declaration, so every view of "when was it declared" includes it. */
export function incidentOpenedEntry(
  actorName: string,
  batch: AlertBatch,
  opened: { number: number; severity: Severity; title: string; detectedAt: Date },
  firing: readonly IncomingAlert[],
  serviceOf: ServiceOf,
  previous: IncidentRef | null,
): TimelineEntry {
  const serviceIds = [...new Set(firing.map((alert) => serviceOf(alert).id))];
  return {
    kind: "incident.declared",
    summary: `${actorName} opened INC-${opened.number} (${opened.severity}) from ${count(firing.length, "firing alert")} (${batch.source}): ${opened.title}`,
    payload: {
      openedBy: "alerts",
      source: batch.source,
      groupKey: batch.groupKey,
      severity: opened.severity,
      serviceIds,
      detectedAt: opened.detectedAt.toISOString(),
      previousIncidentId: previous?.id ?? null,
      ...listed(firing, serviceOf),
    },
  };
}

/** On the former incident, so its readers know where the group's new alerts went. */
export function groupMovedEntry(batch: AlertBatch, next: IncidentRef): TimelineEntry {
  return {
    kind: "alert.group_moved",
    summary: `Alerts of this group fire again after the incident was resolved; they now go to INC-${next.number}`,
    payload: { source: batch.source, groupKey: batch.groupKey, incidentId: next.id },
  };
}

export function alertsAddedEntry(batch: AlertBatch, added: readonly IncomingAlert[], serviceOf: ServiceOf, raised: { from: Severity; to: Severity } | null): TimelineEntry {
  const raisedNote = raised ? ` Severity raised from ${raised.from} to ${raised.to}.` : "";
  return {
    kind: "alert.added",
    summary: `${count(added.length, "alert")} joined the incident: ${named(added, serviceOf)}.${raisedNote}`,
    payload: { source: batch.source, groupKey: batch.groupKey, severityRaised: raised, ...listed(added, serviceOf) },
  };
}

export function alertsResolvedEntry(batch: AlertBatch, resolved: readonly IncomingAlert[], serviceOf: ServiceOf): TimelineEntry {
  return {
    kind: "alert.resolved",
    summary: `${count(resolved.length, "alert")} resolved: ${named(resolved, serviceOf)}`,
    payload: { source: batch.source, groupKey: batch.groupKey, ...listed(resolved, serviceOf) },
  };
}

/** Alerts clearing is evidence, not a verdict: the incident stays as it is until a person moves it. */
export function allAlertsResolvedEntry(batch: AlertBatch, incident: { number: number; open: boolean }): TimelineEntry {
  const verdict = incident.open ? ` INC-${incident.number} stays open: a person decides whether to resolve it.` : "";
  return {
    kind: "alert.all_resolved",
    summary: `Every alert of this group has resolved.${verdict}`,
    payload: { source: batch.source, groupKey: batch.groupKey, incidentLeftOpen: incident.open },
  };
}

function listed(alerts: readonly IncomingAlert[], serviceOf: ServiceOf) {
  return {
    alerts: alerts.slice(0, LISTED_IN_PAYLOAD).map((alert) => ({
      fingerprint: alert.fingerprint,
      alertName: alert.alertName,
      service: serviceOf(alert).slug,
      severity: alert.severity,
      startsAt: alert.startsAt.toISOString(),
      endsAt: alert.endsAt?.toISOString() ?? null,
    })),
    alertsNotListed: Math.max(0, alerts.length - LISTED_IN_PAYLOAD),
  };
}

function named(alerts: readonly IncomingAlert[], serviceOf: ServiceOf): string {
  const names = alerts.slice(0, NAMED_IN_SUMMARY).map((alert) => `${alert.alertName} on ${serviceOf(alert).slug}`);
  const more = alerts.length - names.length;
  return more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
