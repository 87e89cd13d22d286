import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertmanagerPayloadSchema } from "@/lib/domain/alerts/alertmanager-payload";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { seedService, seedToken, seedUser } from "@/lib/testing/seed";
import { transitionIncident } from "../transition-incident";
import { ingestAlertmanagerPayload } from "./ingest-alertmanager-payload";

const emitted: Broadcast[] = [];

beforeEach(() => {
  emitted.length = 0;
  recordBroadcasts(emitted);
});
afterEach(() => stopRecordingBroadcasts());

async function alertmanagerToken(role: Caller["role"] = "responder"): Promise<Caller> {
  const { tokenId } = await seedToken(role);
  return { kind: "token", tokenId, userId: null, role, name: "alertmanager", email: null };
}

type AlertSpec = { fingerprint: string; status?: "firing" | "resolved"; labels?: Record<string, string>; annotations?: Record<string, string>; startsAt?: string };

/** A notification as Alertmanager sends it, through the same schema the route parses with. */
function notification(groupKey: string, alerts: AlertSpec[]) {
  return alertmanagerPayloadSchema.parse({
    version: "4",
    groupKey,
    truncatedAlerts: 0,
    status: alerts.some((alert) => (alert.status ?? "firing") === "firing") ? "firing" : "resolved",
    receiver: "rewind",
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager.test:9093",
    alerts: alerts.map((alert) => ({
      status: alert.status ?? "firing",
      labels: { alertname: "HighErrorRate", ...alert.labels },
      annotations: alert.annotations ?? {},
      startsAt: alert.startsAt ?? "2026-03-01T10:00:00Z",
      endsAt: alert.status === "resolved" ? "2026-03-01T10:30:00Z" : "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus.test:9090/graph",
      fingerprint: alert.fingerprint,
    })),
  });
}

const groupKey = () => `{}:{alertname="HighErrorRate",run="${randomBytes(4).toString("hex")}"}`;
const kinds = async (incidentId: string) => (await db().timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } })).map((event) => event.kind);

describe("an Alertmanager notification", () => {
  it("opens one incident on every service its alerts name, titled and rated by its alerts, declared by the token", async () => {
    const token = await alertmanagerToken();
    const checkout = await seedService();
    const storefront = await seedService();
    emitted.length = 0;
    const result = await ingestAlertmanagerPayload(
      token,
      notification(groupKey(), [
        { fingerprint: "a1", labels: { service: storefront.slug, severity: "warning" } },
        { fingerprint: "a2", labels: { app: checkout.slug, severity: "critical" }, annotations: { summary: "Checkout 5xx above 5%", description: "12% of requests fail" }, startsAt: "2026-03-01T09:55:00Z" },
      ]),
      "req-1",
    );

    expect(result).toMatchObject({ incidents: [{ created: true, key: expect.stringMatching(/^INC-\d+$/) }], alerts: { received: 2, new: 2, resolved: 0 } });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: result.incidents[0]?.id }, include: { services: true, participants: true, alertGroups: true } });
    expect(incident).toMatchObject({ title: "Checkout 5xx above 5%", summary: "12% of requests fail", severity: "critical", status: "declared", commanderId: null, private: false, participants: [] });
    expect(incident.detectedAt.toISOString()).toBe("2026-03-01T09:55:00.000Z");
    expect(incident.services.map((link) => link.serviceId).sort()).toEqual([checkout.id, storefront.id].sort());
    expect(incident.alertGroups).toEqual([expect.objectContaining({ source: "alertmanager", serviceId: checkout.id })]);
    const events = await db().timelineEvent.findMany({ where: { incidentId: incident.id } });
    expect(events).toEqual([expect.objectContaining({ kind: "incident.declared", actorTokenId: token.tokenId, actorUserId: null, actorName: "alertmanager", payload: expect.objectContaining({ openedBy: "alerts", source: "alertmanager" }) })]);
    expect(await db().receivedAlert.count({ where: { group: { incidentId: incident.id }, status: "firing" } })).toBe(2);
    expect(emitted.map(({ room, event }) => `${room} ${event}`)).toEqual([`incident:${incident.id} incident:updated`, `incident:${incident.id} timeline:created`, "incidents incidents:changed"]);
  });

  it("re-sent unchanged, opens no second incident, stores no second alert and records nothing, but notes when it was received", async () => {
    const token = await alertmanagerToken();
    const service = await seedService();
    const payload = notification(groupKey(), [{ fingerprint: "b1", labels: { service: service.slug } }]);
    const first = await ingestAlertmanagerPayload(token, payload, null);
    const firstReceived = (await db().receivedAlert.findFirstOrThrow({ where: { fingerprint: "b1", group: { incidentId: first.incidents[0]?.id } } })).receivedAt;
    emitted.length = 0;

    const again = await ingestAlertmanagerPayload(token, payload, null);

    expect(again).toEqual({ incidents: [{ ...first.incidents[0], created: false }], alerts: { received: 1, new: 0, resolved: 0 } });
    const rows = await db().receivedAlert.findMany({ where: { group: { incidentId: first.incidents[0]?.id } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.receivedAt.getTime()).toBeGreaterThan(firstReceived.getTime());
    expect(await kinds(first.incidents[0]?.id as string)).toEqual(["incident.declared"]);
    expect(emitted).toEqual([]);
  });

  it("adds a new alert of the group to the open incident: links its service, raises the severity, records alert.added", async () => {
    const token = await alertmanagerToken();
    const checkout = await seedService();
    const payments = await seedService();
    const key = groupKey();
    const opened = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "c1", labels: { service: checkout.slug, severity: "warning" } }]), null);
    const incidentId = opened.incidents[0]?.id as string;

    const joined = await ingestAlertmanagerPayload(
      token,
      notification(key, [
        { fingerprint: "c1", labels: { service: checkout.slug, severity: "warning" } },
        { fingerprint: "c2", labels: { service: payments.slug, severity: "critical" } },
      ]),
      null,
    );

    expect(joined).toMatchObject({ incidents: [{ id: incidentId, created: false }], alerts: { received: 2, new: 1, resolved: 0 } });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: incidentId }, include: { services: true } });
    expect(incident).toMatchObject({ severity: "critical", version: 2 });
    expect(incident.services.map((link) => link.serviceId).sort()).toEqual([checkout.id, payments.id].sort());
    const added = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "alert.added" } });
    expect(added.summary).toContain(`HighErrorRate on ${payments.slug}`);
    expect(added.summary).toContain("Severity raised from medium to critical");
    expect(added.payload).toMatchObject({ alerts: [{ fingerprint: "c2", service: payments.slug, severity: "critical" }], alertsNotListed: 0 });
  });

  it("records resolved alerts, then that all have resolved, and leaves the incident open for a person to resolve", async () => {
    const token = await alertmanagerToken();
    const service = await seedService();
    const key = groupKey();
    const labels = { service: service.slug };
    const opened = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "d1", labels }, { fingerprint: "d2", labels }]), null);
    const incidentId = opened.incidents[0]?.id as string;

    const one = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "d1", labels, status: "resolved" }, { fingerprint: "d2", labels }]), null);
    expect(one.alerts).toEqual({ received: 2, new: 0, resolved: 1 });
    expect(await kinds(incidentId)).toEqual(["incident.declared", "alert.resolved"]);

    const both = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "d1", labels, status: "resolved" }, { fingerprint: "d2", labels, status: "resolved" }]), null);
    expect(both.alerts).toEqual({ received: 2, new: 0, resolved: 1 });
    expect(await kinds(incidentId)).toEqual(["incident.declared", "alert.resolved", "alert.resolved", "alert.all_resolved"]);
    const allResolved = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "alert.all_resolved" } });
    expect(allResolved.summary).toMatch(/stays open: a person decides/);
    expect(await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "declared", resolvedAt: null });
    const stored = await db().receivedAlert.findFirstOrThrow({ where: { fingerprint: "d2", group: { incidentId } } });
    expect(stored).toMatchObject({ status: "resolved", endsAt: new Date("2026-03-01T10:30:00Z") });
  });

  it("after a person resolves the incident, ignores alerts that kept firing but opens a new incident for one that fires anew", async () => {
    const token = await alertmanagerToken();
    const { caller: commander } = await seedUser("commander");
    const service = await seedService();
    const key = groupKey();
    const labels = { service: service.slug };
    const first = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "e1", labels }]), null);
    const firstId = first.incidents[0]?.id as string;
    await transitionIncident(commander, firstId, { to: "resolved", version: 1 });

    const repeated = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "e1", labels }]), null);
    expect(repeated).toMatchObject({ incidents: [{ id: firstId, created: false }], alerts: { new: 0 } });

    const anew = await ingestAlertmanagerPayload(token, notification(key, [{ fingerprint: "e1", labels }, { fingerprint: "e2", labels }]), null);
    expect(anew).toMatchObject({ incidents: [{ created: true }], alerts: { received: 2, new: 1 } });
    const secondId = anew.incidents[0]?.id as string;
    expect(secondId).not.toBe(firstId);
    expect(await db().alertGroup.findUniqueOrThrow({ where: { source_groupKey: { source: "alertmanager", groupKey: key } } })).toMatchObject({ incidentId: secondId });
    expect(await kinds(firstId)).toEqual(["incident.declared", "incident.status_changed", "postmortem.drafted", "alert.group_moved"]);
    const declared = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: secondId, kind: "incident.declared" } });
    expect(declared.payload).toMatchObject({ previousIncidentId: firstId });
    expect(await db().receivedAlert.count({ where: { group: { groupKey: key } } })).toBe(2);
  });

  it("never drops an alert for an unknown service: it lands on `unassigned`, created once and audited", async () => {
    const token = await alertmanagerToken();
    const known = await seedService();
    expect(await db().service.count({ where: { slug: "unassigned" } })).toBe(0);

    const result = await ingestAlertmanagerPayload(
      token,
      notification(groupKey(), [{ fingerprint: "f1", labels: { service: "no-such-service" } }, { fingerprint: "f2", labels: {} }, { fingerprint: "f3", labels: { job: known.slug } }]),
      "req-unassigned",
    );
    await ingestAlertmanagerPayload(token, notification(groupKey(), [{ fingerprint: "f4", labels: { service: "another-unknown" } }]), null);

    const unassigned = await db().service.findUniqueOrThrow({ where: { slug: "unassigned" } });
    expect(unassigned).toMatchObject({ name: "Unassigned", team: "unassigned", environment: "unknown" });
    const rows = await db().receivedAlert.findMany({ where: { group: { incidentId: result.incidents[0]?.id } }, orderBy: { fingerprint: "asc" } });
    expect(rows.map((row) => [row.fingerprint, row.serviceId])).toEqual([
      ["f1", unassigned.id],
      ["f2", unassigned.id],
      ["f3", known.id],
    ]);
    const audits = await db().auditEvent.findMany({ where: { action: "service.created", targetId: unassigned.id } });
    expect(audits).toEqual([expect.objectContaining({ actorTokenId: token.tokenId, requestId: "req-unassigned" })]);
  });

  it("opens nothing for resolved alerts of a group it never saw", async () => {
    const token = await alertmanagerToken();
    const before = await db().incident.count();
    const result = await ingestAlertmanagerPayload(token, notification(groupKey(), [{ fingerprint: "g1", status: "resolved" }]), null);
    expect(result).toEqual({ incidents: [], alerts: { received: 1, new: 0, resolved: 0 } });
    expect(await db().incident.count()).toBe(before);
  });

  it("ends identical notifications sent at once with one incident and one row per alert", async () => {
    const token = await alertmanagerToken();
    const service = await seedService();
    const key = groupKey();
    const payload = notification(key, [{ fingerprint: "h1", labels: { service: service.slug } }, { fingerprint: "h2", labels: { service: service.slug } }]);

    const results = await Promise.all([1, 2, 3].map(() => ingestAlertmanagerPayload(token, payload, null)));

    expect(new Set(results.map((result) => result.incidents[0]?.id)).size).toBe(1);
    expect(results.filter((result) => result.incidents[0]?.created)).toHaveLength(1);
    expect(await db().incident.count({ where: { alertGroups: { some: { groupKey: key } } } })).toBe(1);
    expect(await db().receivedAlert.count({ where: { group: { groupKey: key } } })).toBe(2);
  });

  it("takes a full payload of 1,000 alerts in one transaction, listing the first 50 in the timeline", async () => {
    const token = await alertmanagerToken();
    const service = await seedService();
    const key = groupKey();
    const alerts = Array.from({ length: 1000 }, (_, index) => ({ fingerprint: `bulk-${index}`, labels: { service: service.slug, instance: `pod-${index}` } }));

    const opened = await ingestAlertmanagerPayload(token, notification(key, alerts), null);
    const resolved = await ingestAlertmanagerPayload(token, notification(key, alerts.map((alert) => ({ ...alert, status: "resolved" as const }))), null);

    expect(opened.alerts).toEqual({ received: 1000, new: 1000, resolved: 0 });
    expect(resolved.alerts).toEqual({ received: 1000, new: 0, resolved: 1000 });
    const incidentId = opened.incidents[0]?.id as string;
    expect(await db().receivedAlert.count({ where: { group: { groupKey: key }, status: "resolved" } })).toBe(1000);
    const declared = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "incident.declared" } });
    expect(declared.payload).toMatchObject({ alertsNotListed: 950 });
    expect((declared.payload as { alerts: unknown[] }).alerts).toHaveLength(50);
    expect(await kinds(incidentId)).toEqual(["incident.declared", "alert.resolved", "alert.all_resolved"]);
  });

  it("needs a token that may ingest alerts", async () => {
    const viewer = await alertmanagerToken("viewer");
    await expect(ingestAlertmanagerPayload(viewer, notification(groupKey(), [{ fingerprint: "i1" }]), null)).rejects.toMatchObject({ code: "forbidden" });
  });
});
