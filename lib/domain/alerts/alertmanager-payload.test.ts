import { describe, expect, it } from "vitest";
import { alertmanagerPayloadSchema, MAX_ALERTS_PER_PAYLOAD } from "./alertmanager-payload";

/** A notification as Alertmanager 0.27 sends it. */
function payload(overrides: Record<string, unknown> = {}) {
  return {
    version: "4",
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status: "firing",
    receiver: "rewind",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate", severity: "critical" },
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    alerts: [
      {
        status: "firing",
        labels: { alertname: "HighErrorRate", service: "checkout", severity: "critical" },
        annotations: { summary: "Checkout 5xx above 5%" },
        startsAt: "2026-03-01T10:00:00.123456789Z",
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus:9090/graph?g0.expr=x",
        fingerprint: "c4a8f2d9e1b37a60",
      },
    ],
    ...overrides,
  };
}

function badFields(value: unknown): string[] {
  const result = alertmanagerPayloadSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join(".")).sort();
}

describe("Alertmanager's webhook payload", () => {
  it("accepts what Alertmanager sends, nanosecond times and Go's zero time included", () => {
    const parsed = alertmanagerPayloadSchema.parse(payload());
    expect(parsed.alerts[0]).toMatchObject({ fingerprint: "c4a8f2d9e1b37a60", endsAt: "0001-01-01T00:00:00Z" });
  });

  it("fills the fields older Alertmanagers leave out", () => {
    const { truncatedAlerts: _t, groupLabels: _g, commonAnnotations: _c, externalURL: _e, ...minimal } = payload();
    const parsed = alertmanagerPayloadSchema.parse(minimal);
    expect(parsed).toMatchObject({ truncatedAlerts: 0, groupLabels: {}, commonAnnotations: {}, externalURL: "" });
  });

  it("names each bad field by its path", () => {
    const alert = payload().alerts[0] as Record<string, unknown>;
    const { fingerprint: _fingerprint, ...withoutFingerprint } = alert;
    expect(
      badFields(
        payload({
          version: "3",
          status: "pending",
          alerts: [withoutFingerprint, { ...alert, startsAt: "yesterday", labels: { severity: 5 } }],
        }),
      ),
    ).toEqual(["alerts.0.fingerprint", "alerts.1.labels.severity", "alerts.1.startsAt", "status", "version"]);
  });

  it("refuses a body that is not a notification at all", () => {
    expect(badFields({ text: "hello" })).toEqual(["alerts", "groupKey", "receiver", "status", "version"]);
    expect(badFields(payload({ alerts: [] }))).toEqual(["alerts"]);
  });

  it(`caps a payload at ${MAX_ALERTS_PER_PAYLOAD} alerts, saying how to send fewer`, () => {
    const alert = payload().alerts[0];
    const many = Array.from({ length: MAX_ALERTS_PER_PAYLOAD + 1 }, (_, index) => ({ ...alert, fingerprint: `f${index}` }));
    const result = alertmanagerPayloadSchema.safeParse(payload({ alerts: many }));
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["alerts"], message: expect.stringContaining("max_alerts") })]);
    expect(alertmanagerPayloadSchema.safeParse(payload({ alerts: many.slice(1) })).success).toBe(true);
  });
});
