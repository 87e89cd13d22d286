import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { startRecordingHttpServer, type RecordingHttpServer } from "@/lib/testing/recording-http-server";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { getIncidentChecklists } from "../get-incident-checklists";
import { verifyRun } from "../rollbacks/engine/verify-run";
import { transitionIncident } from "../transition-incident";
import { updateChecklistItem } from "../update-checklist-item";

const HOUR = 3_600_000;
let broadcasts: Broadcast[] = [];
let peer: RecordingHttpServer;
beforeAll(async () => {
  peer = await startRecordingHttpServer();
});
afterAll(async () => {
  await peer.stop();
});
beforeEach(() => {
  broadcasts = [];
  recordBroadcasts(broadcasts);
});
afterEach(() => stopRecordingBroadcasts());

async function incidentInMitigation() {
  const { caller: commander } = await seedUser("commander");
  const service = await seedService();
  const incident = await seedIncident(commander, { serviceIds: [service.id] });
  const mitigating = await transitionIncident(commander, incident.key, { version: incident.version, to: "mitigating" });
  return { commander, service, incident: mitigating };
}

/** A live run of the incident whose steps finished and whose verification is due, checking one critical flow against `peer`. */
async function finishedLiveRun(serviceId: string, incidentId: string) {
  const verification = { windowSeconds: 0, checks: [{ kind: "http", name: "Checkout answers", method: "GET", url: `${peer.url}/health`, expectedStatus: 200 }] };
  const plan = await db().rollbackPlan.create({ data: { serviceId, type: "application", name: "Immediate rollback", verification } });
  const run = await db().rollbackRun.create({
    data: {
      planId: plan.id,
      serviceId,
      incidentId,
      planSnapshot: { name: plan.name, type: plan.type, version: 1, verification } as Prisma.InputJsonObject,
      mode: "live",
      trigger: "manual",
      status: "succeeded",
      reason: "bad release",
      startedByName: "Test commander",
      finishedAt: new Date(),
      verificationStatus: "running",
    },
  });
  return run.id;
}

describe("service restored", () => {
  it("entering monitoring stamps restoredAt once and creates the three post-rollback checklists, due from that moment", async () => {
    const { commander, incident } = await incidentInMitigation();
    const before = Date.now();
    const monitoring = await transitionIncident(commander, incident.key, { version: incident.version, to: "monitoring" });

    const { restoredAt } = await db().incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(restoredAt?.getTime()).toBeGreaterThanOrEqual(before);
    const anchor = restoredAt!.getTime();
    const checklists = await getIncidentChecklists(commander, incident.key);
    expect(checklists.map((checklist) => checklist.name)).toEqual(["Post-rollback checklist", "Rollback verification checklist", "Success and completion criteria"]);
    const [postRollback] = checklists;
    expect(postRollback?.anchorAt).toBe(restoredAt!.toISOString());
    const dueByGroup = new Map(postRollback!.items.map((item) => [item.groupTitle, item.dueAt && Date.parse(item.dueAt) - anchor]));
    expect(Object.fromEntries(dueByGroup)).toEqual({ Immediate: HOUR, "Short-term": 24 * HOUR, "Long-term": 168 * HOUR });
    expect(postRollback!.items.find((item) => item.text === "Verify all systems operational")?.autoCheck).toBe("systems_verified");

    const kinds = (await db().timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } })).map((event) => event.kind);
    expect(kinds.filter((kind) => kind === "incident.restored")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "checklist.created")).toHaveLength(3);
    expect(broadcasts.find((broadcast) => broadcast.event === "checklist:updated")).toMatchObject({ room: `incident:${incident.id}`, payload: { checklists: expect.any(Array) } });

    // A fix that did not hold, then monitoring again: the first restore stays, nothing is created twice.
    const back = await transitionIncident(commander, incident.key, { version: monitoring.version, to: "mitigating" });
    await transitionIncident(commander, incident.key, { version: back.version, to: "monitoring" });
    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).restoredAt).toEqual(restoredAt);
    expect(await db().checklist.count({ where: { incidentId: incident.id } })).toBe(3);
  });

  it("a passed verification of a live run restores service and ticks the items it proves, as the engine, with the evidence linked", async () => {
    const { commander, service, incident } = await incidentInMitigation();
    peer.respondWith({ status: 200 });
    const runId = await finishedLiveRun(service.id, incident.id);

    await verifyRun(runId);

    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).restoredAt).not.toBeNull();
    const items = (await getIncidentChecklists(commander, incident.key)).flatMap((checklist) => checklist.items);
    const byText = (text: string) => items.find((item) => item.text === text);
    for (const text of ["Verify all systems operational", "API endpoints respond correctly", "Critical user flows work (authentication, navigation)"]) {
      expect(byText(text)).toMatchObject({ doneAt: expect.any(String), doneBy: null, version: 2 });
    }
    // No error-rate or latency check ran, so nothing proves monitoring or performance.
    expect(byText("Monitoring is active")).toMatchObject({ doneAt: null, version: 1 });
    expect(byText("Performance is acceptable")).toMatchObject({ doneAt: null });

    const [postRollback] = await getIncidentChecklists(commander, incident.key);
    expect(postRollback?.evidence).toEqual({ systems_verified: { runId, planName: "Immediate rollback", verifiedAt: expect.any(String), passed: 1, total: 1 } });
    const tickEvents = await db().timelineEvent.findMany({ where: { incidentId: incident.id, kind: "checklist.item_updated" } });
    expect(tickEvents).toHaveLength(3);
    expect(tickEvents[0]).toMatchObject({ actorName: "Rewind rollback engine", summary: "Ticked “Verify all systems operational” from the verification of “Immediate rollback”: 1 of 1 verification checks passed" });
    expect(broadcasts.filter((broadcast) => broadcast.event === "checklist:item-updated")).toHaveLength(3);
    expect(broadcasts.some((broadcast) => broadcast.event === "checklist:updated")).toBe(true);

    // A responder who unticks it can tick it again from the same evidence.
    const { caller: responder } = await seedUser("responder");
    const verifyItem = byText("Verify all systems operational")!;
    const unticked = await updateChecklistItem(responder, verifyItem.id, { version: verifyItem.version, done: false });
    expect(unticked.doneAt).toBeNull();
    expect((await getIncidentChecklists(commander, incident.key))[0]?.evidence.systems_verified?.runId).toBe(runId);
  });

  it("a failed verification neither restores service nor ticks anything", async () => {
    const { incident, service } = await incidentInMitigation();
    peer.respondWith({ status: 503 });
    await verifyRun(await finishedLiveRun(service.id, incident.id));

    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).restoredAt).toBeNull();
    expect(await db().checklist.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
