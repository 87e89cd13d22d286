import { describe, expect, it } from "vitest";
import { detectedAtOf, fromAlertmanagerPayload, fromWebhookAlert, incidentHeadline, type IncomingAlert } from "./alert-batch";
import { alertmanagerPayloadSchema } from "./alertmanager-payload";

function notification(alerts: Array<Record<string, unknown>>) {
  return alertmanagerPayloadSchema.parse({ version: "4", groupKey: "g", status: "firing", receiver: "rewind", alerts });
}

const firing = { status: "firing", startsAt: "2026-03-01T10:00:00Z", endsAt: "0001-01-01T00:00:00Z" };

describe("an Alertmanager notification as alerts", () => {
  it("maps labels to service and severity and takes title and summary from the annotations", () => {
    const batch = fromAlertmanagerPayload(
      notification([
        { ...firing, fingerprint: "a", labels: { alertname: "HighErrorRate", app: "Checkout", severity: "warning" }, annotations: { summary: "Checkout 5xx", description: "5xx at 12%" } },
        { ...firing, fingerprint: "b", labels: { alertname: "TargetDown" } },
      ]),
    );
    expect(batch).toMatchObject({ source: "alertmanager", groupKey: "g" });
    expect(batch.alerts).toEqual([
      expect.objectContaining({ fingerprint: "a", alertName: "HighErrorRate", serviceSlug: "checkout", severity: "medium", title: "Checkout 5xx", description: "5xx at 12%", endsAt: null }),
      expect.objectContaining({ fingerprint: "b", alertName: "TargetDown", serviceSlug: null, severity: "high", title: "TargetDown on unassigned", description: null }),
    ]);
  });

  it("keeps a resolved alert's end, reads Go's zero time as none, and keeps the last entry of a repeated fingerprint", () => {
    const batch = fromAlertmanagerPayload(
      notification([
        { ...firing, fingerprint: "a", labels: { alertname: "A", service: "checkout" } },
        { status: "resolved", startsAt: "2026-03-01T10:00:00Z", endsAt: "2026-03-01T10:05:00.5Z", fingerprint: "b", labels: {} },
        { status: "resolved", startsAt: "2026-03-01T10:00:00Z", endsAt: "0001-01-01T00:00:00Z", fingerprint: "a", labels: { alertname: "A" } },
      ]),
    );
    expect(batch.alerts.map((alert) => [alert.fingerprint, alert.status, alert.endsAt?.toISOString() ?? null, alert.alertName])).toEqual([
      ["a", "resolved", null, "A"],
      ["b", "resolved", "2026-03-01T10:05:00.500Z", "alert"],
    ]);
  });

  it("cuts a long summary annotation to the 200 characters a title may have", () => {
    const batch = fromAlertmanagerPayload(notification([{ ...firing, fingerprint: "a", labels: {}, annotations: { summary: "x".repeat(300) } }]));
    expect(batch.alerts[0]?.title).toHaveLength(200);
  });
});

describe("a generic webhook alert", () => {
  const receivedAt = new Date("2026-03-01T12:00:00Z");

  it("is a group of its own unless it names one, and prefers its own service and severity to the labels", () => {
    const batch = fromWebhookAlert({ title: "Queue backlog", status: "firing", dedupKey: "q-1", service: "payments", severity: "warning", labels: { service: "other", severity: "critical" } }, receivedAt);
    expect(batch).toMatchObject({ source: "webhook", groupKey: "q-1" });
    expect(batch.alerts).toEqual([expect.objectContaining({ fingerprint: "q-1", serviceSlug: "payments", severity: "medium", alertName: "Queue backlog", startsAt: receivedAt, endsAt: null })]);
  });

  it("falls back on the labels, and ends a resolved alert when it arrives", () => {
    const batch = fromWebhookAlert({ title: "Queue backlog", status: "resolved", dedupKey: "q-1", groupKey: "queues", labels: { job: "payments", severity: "info" } }, receivedAt);
    expect(batch.groupKey).toBe("queues");
    expect(batch.alerts[0]).toMatchObject({ serviceSlug: "payments", severity: "low", endsAt: receivedAt });
  });
});

describe("the incident a group of alerts opens", () => {
  const alert = (overrides: Partial<IncomingAlert>): IncomingAlert => ({
    fingerprint: "f",
    status: "firing",
    alertName: "A",
    serviceSlug: null,
    severity: "medium",
    labels: {},
    annotations: {},
    startsAt: new Date("2026-03-01T10:00:00Z"),
    endsAt: null,
    title: "A on unassigned",
    description: null,
    ...overrides,
  });

  it("is named after the first of its most severe alerts", () => {
    const lead = alert({ title: "first critical", severity: "critical", description: "why" });
    const headline = incidentHeadline([alert({ title: "medium one" }), lead, alert({ title: "second critical", severity: "critical" })]);
    expect(headline).toEqual({ title: "first critical", summary: "why", severity: "critical", lead });
  });

  it("was detected when the earliest alert started, never in the future", () => {
    const now = new Date("2026-03-01T10:30:00Z");
    expect(detectedAtOf([alert({ startsAt: new Date("2026-03-01T10:20:00Z") }), alert({ startsAt: new Date("2026-03-01T10:10:00Z") })], now).toISOString()).toBe("2026-03-01T10:10:00.000Z");
    expect(detectedAtOf([alert({ startsAt: new Date("2026-03-01T11:00:00Z") })], now)).toEqual(now);
  });
});
