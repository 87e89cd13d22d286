import type { Severity } from "../incidents/lifecycle";
import { highestSeverity, serviceSlugFromLabels, severityFromLabel, UNASSIGNED_SERVICE_SLUG } from "./alert-labels";
import type { AlertmanagerPayload } from "./alertmanager-payload";
import type { WebhookAlert } from "./webhook-alert";

export type AlertSourceName = "alertmanager" | "webhook";
export type AlertStatus = "firing" | "resolved";

/** One alert, whatever sent it, in the terms Rewind stores and shows. */
export type IncomingAlert = {
  fingerprint: string;
  status: AlertStatus;
  alertName: string;
  /** The service the alert names, before anyone checked that it exists. */
  serviceSlug: string | null;
  severity: Severity;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: Date;
  /** Only for resolved alerts: a firing alert's `endsAt` is Alertmanager's timeout guess, not an end. */
  endsAt: Date | null;
  /** What an incident opened by this alert is called. */
  title: string;
  description: string | null;
};

/** The alerts of one group (one incident at a time), de-duplicated by fingerprint. */
export type AlertBatch = { source: AlertSourceName; groupKey: string; alerts: IncomingAlert[] };

const TITLE_MAX = 200;
const SUMMARY_MAX = 5000;
/** Go's zero time.Time, which Alertmanager sends for "no end". */
const GO_ZERO_TIME = Date.UTC(1, 0, 1);

export function fromAlertmanagerPayload(payload: AlertmanagerPayload): AlertBatch {
  const alerts = payload.alerts.map((alert): IncomingAlert => {
    const alertName = alert.labels.alertname?.trim() || "alert";
    const serviceSlug = serviceSlugFromLabels(alert.labels);
    const endsAt = alert.endsAt === undefined ? null : new Date(alert.endsAt);
    return {
      fingerprint: alert.fingerprint,
      status: alert.status,
      alertName,
      serviceSlug,
      severity: severityFromLabel(alert.labels.severity),
      labels: alert.labels,
      annotations: alert.annotations,
      startsAt: new Date(alert.startsAt),
      endsAt: alert.status === "resolved" && endsAt && endsAt.getTime() > GO_ZERO_TIME ? endsAt : null,
      title: truncate(alert.annotations.summary?.trim() || `${alertName} on ${serviceSlug ?? UNASSIGNED_SERVICE_SLUG}`, TITLE_MAX),
      description: nonEmpty(alert.annotations.description, SUMMARY_MAX),
    };
  });
  return { source: "alertmanager", groupKey: payload.groupKey, alerts: lastPerFingerprint(alerts) };
}

export function fromWebhookAlert(input: WebhookAlert, receivedAt: Date): AlertBatch {
  const labels = input.labels ?? {};
  const alert: IncomingAlert = {
    fingerprint: input.dedupKey,
    status: input.status,
    alertName: labels.alertname?.trim() || input.title,
    serviceSlug: input.service ?? serviceSlugFromLabels(labels),
    severity: severityFromLabel(input.severity ?? labels.severity),
    labels,
    annotations: input.description ? { description: input.description } : {},
    startsAt: input.startsAt ? new Date(input.startsAt) : receivedAt,
    endsAt: input.status === "resolved" ? receivedAt : null,
    title: input.title,
    description: nonEmpty(input.description, SUMMARY_MAX),
  };
  return { source: "webhook", groupKey: input.groupKey ?? input.dedupKey, alerts: [alert] };
}

/**
 * Title, summary and severity of an incident opened by `firing` alerts: those
 * of the lead alert, the first of the most severe in the order they came.
 */
export function incidentHeadline(firing: readonly IncomingAlert[]): { title: string; summary: string | null; severity: Severity; lead: IncomingAlert } {
  const severity = highestSeverity(firing.map((alert) => alert.severity));
  const lead = firing.find((alert) => alert.severity === severity);
  if (!lead || !severity) throw new Error("an incident headline needs at least one firing alert");
  return { title: lead.title, summary: lead.description, severity, lead };
}

/** When the problem began: the earliest start, but never after `now` (a sender's clock may run ahead). */
export function detectedAtOf(firing: readonly IncomingAlert[], now: Date): Date {
  const earliest = Math.min(...firing.map((alert) => alert.startsAt.getTime()), now.getTime());
  return new Date(earliest);
}

// A payload naming a fingerprint twice would otherwise insert it twice; the later entry is the newer state.
function lastPerFingerprint(alerts: IncomingAlert[]): IncomingAlert[] {
  return [...new Map(alerts.map((alert) => [alert.fingerprint, alert])).values()];
}

function nonEmpty(value: string | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? truncate(trimmed, max) : null;
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
