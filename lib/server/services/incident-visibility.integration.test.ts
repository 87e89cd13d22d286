import { describe, expect, it } from "vitest";
import { GET as getIncidentRoute } from "@/app/api/v1/incidents/[incidentRef]/route";
import { GET as listIncidentsRoute } from "@/app/api/v1/incidents/route";
import type { Caller } from "@/lib/server/auth/caller";
import { seedIncident, seedToken, seedUser } from "@/lib/testing/seed";
import { addParticipant } from "./add-participant";
import { authorizeIncidentRoom } from "./authorize-incident-room";
import { getIncident } from "./get-incident";
import { listIncidents } from "./list-incidents";
import { listTimeline } from "./list-timeline";
import { removeParticipant } from "./remove-participant";
import { transitionIncident } from "./transition-incident";
import { updateIncident } from "./update-incident";

async function listedKeys(caller: Caller): Promise<string[]> {
  return (await listIncidents(caller, { status: "all" })).map((incident) => incident.key);
}

function getByRoute(ref: string, secret: string): Promise<Response> {
  const request = new Request(`http://rewind.test/api/v1/incidents/${ref}`, { headers: { authorization: `Bearer ${secret}`, host: "rewind.test" } });
  return getIncidentRoute(request, { params: Promise.resolve({ incidentRef: ref }) });
}

describe("private incidents", () => {
  it("start private for the security scenario, with the declaring commander taking part", async () => {
    const { caller: commander } = await seedUser("commander");
    const security = await seedIncident(commander, { scenario: "security_vulnerability", severity: "critical" });
    const bug = await seedIncident(commander, { scenario: "feature_breaking_bug" });
    const chosen = await seedIncident(commander, { scenario: "security_vulnerability", private: false });

    expect(security).toMatchObject({ private: true, commander: { id: commander.userId }, participants: [{ user: { id: commander.userId }, role: "commander" }] });
    expect(bug.private).toBe(false);
    expect(chosen.private).toBe(false);
  });

  it("do not exist for a viewer who does not take part: every read and write answers 404", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const { caller: outsideCommander } = await seedUser("commander");
    const incident = await seedIncident(commander, { private: true });

    for (const ref of [incident.key, incident.id]) {
      await expect(getIncident(viewer, ref)).rejects.toMatchObject({ code: "not_found", message: "No incident with this id" });
      await expect(listTimeline(viewer, ref, { limit: 50 })).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(updateIncident(outsideCommander, incident.key, { version: 1, title: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(transitionIncident(outsideCommander, incident.key, { to: "investigating", version: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(addParticipant(outsideCommander, incident.key, { userId: outsideCommander.userId as string, role: "commander" })).rejects.toMatchObject({ code: "not_found" });
    expect(await listedKeys(viewer)).not.toContain(incident.key);
    expect(await listedKeys(outsideCommander)).not.toContain(incident.key);
    expect(await authorizeIncidentRoom(viewer, incident.id)).toBe(false);
  });

  it("are visible to participants and admins, in reads, lists and rooms", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const { caller: admin } = await seedUser("admin");
    const incident = await seedIncident(commander, { private: true });
    await addParticipant(commander, incident.key, { userId: viewer.userId as string, role: "observer" });

    for (const caller of [commander, viewer, admin]) {
      expect((await getIncident(caller, incident.key)).id).toBe(incident.id);
      expect(await listedKeys(caller)).toContain(incident.key);
      expect(await authorizeIncidentRoom(caller, incident.id)).toBe(true);
      expect((await listTimeline(caller, incident.key, { limit: 50 })).events.length).toBeGreaterThan(0);
    }
  });

  it("disappear again for a participant who is removed", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const incident = await seedIncident(commander, { private: true });
    await addParticipant(commander, incident.key, { userId: responder.userId as string, role: "responder" });
    expect((await getIncident(responder, incident.key)).private).toBe(true);

    await removeParticipant(commander, incident.key, responder.userId as string);
    await expect(getIncident(responder, incident.key)).rejects.toMatchObject({ code: "not_found" });
    expect(await listedKeys(responder)).not.toContain(incident.key);
  });

  it("turn invisible to outsiders when made private, and visible to a newly named commander", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const { caller: nextCommander } = await seedUser("commander");
    const incident = await seedIncident(commander);
    expect((await getIncident(viewer, incident.key)).private).toBe(false);

    const hidden = await updateIncident(commander, incident.key, { version: 1, private: true });
    await expect(getIncident(viewer, incident.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(getIncident(nextCommander, incident.key)).rejects.toMatchObject({ code: "not_found" });

    const handedOver = await updateIncident(commander, incident.key, { version: hidden.version, commanderId: nextCommander.userId });
    expect(handedOver.commander?.id).toBe(nextCommander.userId);
    expect(handedOver.participants).toEqual(
      expect.arrayContaining([
        { user: expect.objectContaining({ id: commander.userId }), role: "responder" },
        { user: expect.objectContaining({ id: nextCommander.userId }), role: "commander" },
      ]),
    );
    expect((await getIncident(nextCommander, incident.key)).id).toBe(incident.id);
  });

  it("answer 404 through the route exactly like a missing incident, and stay out of the listed JSON", async () => {
    const { caller: commander } = await seedUser("commander");
    const { secret: viewerSecret } = await seedToken("viewer");
    const { secret: adminSecret } = await seedToken("admin");
    const incident = await seedIncident(commander, { private: true });
    const publicIncident = await seedIncident(commander);

    const hidden = await getByRoute(incident.key, viewerSecret);
    const missing = await getByRoute("INC-999999", viewerSecret);
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const hiddenError = (await hidden.json()).error;
    const missingError = (await missing.json()).error;
    expect({ ...hiddenError, requestId: null }).toEqual({ ...missingError, requestId: null });

    const asAdmin = await getByRoute(incident.key, adminSecret);
    expect(asAdmin.status).toBe(200);
    expect((await asAdmin.json()).incident).toMatchObject({ key: incident.key, private: true });

    const list = await listIncidentsRoute(
      new Request("http://rewind.test/api/v1/incidents?status=all", { headers: { authorization: `Bearer ${viewerSecret}`, host: "rewind.test" } }),
      { params: Promise.resolve({}) },
    );
    const text = await list.text();
    expect(list.status).toBe(200);
    expect(text).toContain(publicIncident.id);
    expect(text).not.toContain(incident.id);
  });

  it("stay hidden from a non-admin API token, which takes part in nothing", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander, { private: true });
    const token: Caller = { kind: "token", tokenId: "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f", userId: null, role: "commander", name: "ci", email: null };
    await expect(getIncident(token, incident.key)).rejects.toMatchObject({ code: "not_found" });
    expect(await listedKeys(token)).not.toContain(incident.key);
  });
});

describe("incident rooms", () => {
  it("refuse a nonexistent incident the same way as a hidden one", async () => {
    const { caller: admin } = await seedUser("admin");
    expect(await authorizeIncidentRoom(admin, "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f")).toBe(false);
  });
});
