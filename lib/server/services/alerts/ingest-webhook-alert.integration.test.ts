import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedService, seedToken } from "@/lib/testing/seed";
import { ingestWebhookAlert } from "./ingest-webhook-alert";

async function webhookToken(): Promise<Caller> {
  const { tokenId } = await seedToken("responder");
  return { kind: "token", tokenId, userId: null, role: "responder", name: "uptime checker", email: null };
}

const dedupKey = () => `check-${randomBytes(4).toString("hex")}`;
const kinds = async (incidentId: string) => (await db().timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } })).map((event) => event.kind);

describe("the generic alert webhook", () => {
  it("opens an incident on the named service, de-duplicates by dedupKey, and records the resolution", async () => {
    const token = await webhookToken();
    const service = await seedService();
    const key = dedupKey();
    const alert = { title: "Storefront down", status: "firing" as const, dedupKey: key, service: service.slug, severity: "critical" as const, description: "3 probes failed" };

    const opened = await ingestWebhookAlert(token, alert, null);
    const again = await ingestWebhookAlert(token, alert, null);
    const resolved = await ingestWebhookAlert(token, { ...alert, status: "resolved" }, null);

    expect(opened).toMatchObject({ incidents: [{ created: true }], alerts: { received: 1, new: 1, resolved: 0 } });
    const incidentId = opened.incidents[0]?.id as string;
    expect(again).toMatchObject({ incidents: [{ id: incidentId, created: false }], alerts: { new: 0 } });
    expect(resolved).toMatchObject({ incidents: [{ id: incidentId, created: false }], alerts: { resolved: 1 } });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: incidentId }, include: { services: true, alertGroups: true } });
    expect(incident).toMatchObject({ title: "Storefront down", summary: "3 probes failed", severity: "critical", status: "declared", services: [{ serviceId: service.id }] });
    expect(incident.alertGroups).toEqual([expect.objectContaining({ source: "webhook", groupKey: key })]);
    expect(await kinds(incidentId)).toEqual(["incident.declared", "alert.resolved", "alert.all_resolved"]);
    expect(await db().receivedAlert.findFirstOrThrow({ where: { fingerprint: key } })).toMatchObject({ status: "resolved", alertName: "Storefront down" });
  });

  it("puts alerts that share a groupKey on one incident, and those naming no known service on `unassigned`", async () => {
    const token = await webhookToken();
    const groupKey = dedupKey();
    const first = await ingestWebhookAlert(token, { title: "Disk 90% full", status: "firing", dedupKey: dedupKey(), groupKey, labels: { app: "no-such-app", severity: "warning" } }, null);
    const second = await ingestWebhookAlert(token, { title: "Disk 99% full", status: "firing", dedupKey: dedupKey(), groupKey, severity: "critical" }, null);

    expect(second).toMatchObject({ incidents: [{ id: first.incidents[0]?.id, created: false }], alerts: { new: 1 } });
    const incident = await db().incident.findUniqueOrThrow({ where: { id: first.incidents[0]?.id }, include: { services: { include: { service: true } } } });
    expect(incident).toMatchObject({ title: "Disk 90% full", severity: "critical" });
    expect(incident.services.map((link) => link.service.slug)).toEqual(["unassigned"]);
    expect(await kinds(incident.id)).toEqual(["incident.declared", "alert.added"]);
  });
});
