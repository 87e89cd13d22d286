import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedIncident, seedService, seedToken, seedUser } from "@/lib/testing/seed";
import { addParticipant } from "./add-participant";
import { declareIncident } from "./declare-incident";
import { listIncidents } from "./list-incidents";
import { listTimeline } from "./list-timeline";
import { transitionIncident } from "./transition-incident";
import { updateIncident } from "./update-incident";

describe("declaring an incident", () => {
  it("defaults the commander, participants, privacy and detection time, and records incident.declared", async () => {
    const { caller: commander } = await seedUser("commander");
    const service = await seedService({ slug: "checkout", name: "Checkout API" });
    const before = Date.now();
    const incident = await declareIncident(commander, { title: "Checkout 500s", severity: "high", serviceIds: [service.id, service.id] });

    expect(incident).toMatchObject({
      key: `INC-${incident.number}`,
      status: "declared",
      allowedTransitions: ["investigating", "mitigating", "resolved"],
      private: false,
      scenario: null,
      summary: null,
      commander: { id: commander.userId, name: commander.name },
      services: [{ id: service.id, slug: "checkout", name: "Checkout API" }],
      participants: [{ user: { id: commander.userId, name: commander.name, email: commander.email }, role: "commander" }],
      version: 1,
      decidedAt: null,
    });
    expect(Date.parse(incident.detectedAt)).toBeGreaterThanOrEqual(before - 1000);
    const events = await db().timelineEvent.findMany({ where: { incidentId: incident.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "incident.declared", actorUserId: commander.userId, payload: { severity: "high", serviceIds: [service.id], private: false } });
  });

  it("names another commander on request; both people take part", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(admin, { commanderId: commander.userId as string, detectedAt: "2026-01-01T10:00:00Z" });
    expect(incident.commander?.id).toBe(commander.userId);
    expect(incident.detectedAt).toBe("2026-01-01T10:00:00.000Z");
    expect(incident.participants.map(({ user, role }) => [user.id, role])).toEqual([
      [commander.userId, "commander"],
      [admin.userId, "responder"],
    ]);
  });

  it("refuses unknown services, future detection times, commanders without the role, and roles below commander", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const service = await seedService();
    const unknown = "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f";
    const base = { title: "x", severity: "low" as const, serviceIds: [service.id] };
    const countBefore = await db().incident.count();

    await expect(declareIncident(commander, { ...base, serviceIds: [service.id, unknown] })).rejects.toMatchObject({ code: "bad_request", details: [{ field: "serviceIds" }] });
    await expect(declareIncident(commander, { ...base, detectedAt: new Date(Date.now() + 3_600_000).toISOString() })).rejects.toMatchObject({ details: [{ field: "detectedAt" }] });
    await expect(declareIncident(commander, { ...base, commanderId: responder.userId as string })).rejects.toMatchObject({ details: [{ field: "commanderId" }] });
    await expect(declareIncident(responder, base)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().incident.count()).toBe(countBefore);
  });

  it("from an API token: no commander unless one is named", async () => {
    const { tokenId } = await seedToken("commander");
    const token: Caller = { kind: "token", tokenId, userId: null, role: "commander", name: "alertmanager", email: null };
    const incident = await seedIncident(token);
    expect(incident).toMatchObject({ commander: null, participants: [] });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(event).toMatchObject({ actorUserId: null, actorName: "alertmanager" });
  });
});

describe("listing incidents", () => {
  it("filters by status (open by default), severity and service, newest first", async () => {
    const { caller: commander } = await seedUser("commander");
    const checkout = await seedService();
    const search = await seedService();
    const first = await seedIncident(commander, { serviceIds: [checkout.id], severity: "critical" });
    const second = await seedIncident(commander, { serviceIds: [search.id], severity: "low" });
    const third = await seedIncident(commander, { serviceIds: [checkout.id, search.id], severity: "critical" });
    await transitionIncident(commander, second.key, { to: "resolved", version: 1 });
    // Other tests in this file declare incidents too: look only at these three.
    const ours = new Set([first.key, second.key, third.key]);
    const keys = async (query: Parameters<typeof listIncidents>[1]) => (await listIncidents(commander, query)).map((incident) => incident.key).filter((key) => ours.has(key));

    expect(await keys({ status: "all" })).toEqual([third.key, second.key, first.key]);
    expect(await keys({ status: "open" })).toEqual([third.key, first.key]);
    expect(await keys({ status: "resolved" })).toEqual([second.key]);
    expect(await keys({ status: "all", severity: "critical", serviceId: search.id })).toEqual([third.key]);
    expect(await keys({ status: "all", serviceId: checkout.id })).toEqual([third.key, first.key]);
  });
});

describe("editing an incident", () => {
  it("changes only what differs, bumps the version and records both sides", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander, { title: "Slow search", severity: "medium" });
    const updated = await updateIncident(commander, incident.id, { version: 1, title: "Search timeouts", severity: "medium", summary: "p99 at 8s" });

    expect(updated).toMatchObject({ title: "Search timeouts", summary: "p99 at 8s", severity: "medium", version: 2 });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "incident.updated" } });
    expect(event.payload).toEqual({ changes: { title: "Search timeouts", summary: "p99 at 8s" }, previous: { title: "Slow search", summary: null } });
  });

  it("lets the commander role be handed to nobody, keeping the former commander as a responder", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander);
    const updated = await updateIncident(commander, incident.key, { version: 1, commanderId: null });
    expect(updated).toMatchObject({ commander: null, participants: [{ user: { id: commander.userId }, role: "responder" }] });
  });
});

describe("participants", () => {
  it("adds an active user and refuses unknown ones", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const incident = await seedIncident(commander);
    const updated = await addParticipant(commander, incident.key, { userId: viewer.userId as string, role: "observer" });
    expect(updated.participants.at(-1)).toEqual({ user: { id: viewer.userId, name: viewer.name, email: viewer.email }, role: "observer" });
    expect(updated.version).toBe(1);
    await expect(addParticipant(commander, incident.key, { userId: "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f", role: "observer" })).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "userId" }],
    });
  });
});

describe("the timeline", () => {
  it("pages newest first and filters by kind prefixes, including the part after a dot", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    let incident = await seedIncident(commander);
    for (const to of ["investigating", "mitigating", "investigating"] as const) incident = await transitionIncident(commander, incident.key, { to, version: incident.version });
    await addParticipant(commander, incident.key, { userId: viewer.userId as string, role: "observer" });

    const first = await listTimeline(viewer, incident.key, { limit: 3 });
    expect(first.events.map((event) => event.kind)).toEqual(["participant.added", "incident.status_changed", "incident.status_changed"]);
    expect(first.nextCursor).toBe(first.events.at(-1)?.id);
    const second = await listTimeline(viewer, incident.key, { limit: 3, before: BigInt(first.nextCursor as string) });
    expect(second.events.map((event) => event.kind)).toEqual(["incident.status_changed", "incident.declared"]);
    expect(second.nextCursor).toBeNull();
    expect(second.events[1]).toMatchObject({ incidentId: incident.id, actor: { kind: "user", id: commander.userId, name: commander.name } });

    const statusOnly = await listTimeline(viewer, incident.key, { limit: 50, kind: ["status"] });
    expect(statusOnly.events).toHaveLength(3);
    const mixed = await listTimeline(viewer, incident.key, { limit: 50, kind: ["participant", "incident.declared"] });
    expect(mixed.events.map((event) => event.kind)).toEqual(["participant.added", "incident.declared"]);
  });
});
