import { describe, expect, it } from "vitest";
import { INCIDENT_STATUSES, allowedNextStatuses, canTransition, type IncidentStatus } from "@/lib/domain/incidents/lifecycle";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import type { IncidentDto } from "@/lib/server/dto/incident";
import { seedIncident, seedUser } from "@/lib/testing/seed";
import { addParticipant } from "./add-participant";
import { getIncident } from "./get-incident";
import { getPostMortem } from "./post-mortems/get-post-mortem";
import { movePostMortem } from "./post-mortems/move-post-mortem";
import { removeParticipant } from "./remove-participant";
import { transitionIncident } from "./transition-incident";
import { updateIncident } from "./update-incident";

/** How to reach each status from `declared` along legal steps. */
const PATH_TO: Record<IncidentStatus, IncidentStatus[]> = {
  declared: [],
  investigating: ["investigating"],
  mitigating: ["mitigating"],
  monitoring: ["mitigating", "monitoring"],
  resolved: ["resolved"],
  closed: ["resolved", "closed"],
};

async function incidentIn(commander: Caller, status: IncidentStatus): Promise<IncidentDto> {
  let incident = await seedIncident(commander);
  for (const to of PATH_TO[status]) {
    if (to === "closed") await publishPostMortem(commander, incident.key);
    incident = await transitionIncident(commander, incident.key, { to, version: incident.version });
  }
  return incident;
}

/** Closing needs a published post-mortem (post-mortems/apply-post-mortem-rules). */
async function publishPostMortem(commander: Caller, ref: string): Promise<void> {
  const draft = await getPostMortem(commander, ref);
  const inReview = await movePostMortem(commander, ref, { to: "in_review", version: draft.version });
  await movePostMortem(commander, ref, { to: "published", version: inReview.version });
}

function timelineCount(incidentId: string): Promise<number> {
  return db().timelineEvent.count({ where: { incidentId } });
}

/** Status changes only: entering some states also creates checklists or a post-mortem, each with its own event. */
function statusChangeCount(incidentId: string): Promise<number> {
  return db().timelineEvent.count({ where: { incidentId, kind: "incident.status_changed" } });
}

describe("incident lifecycle", () => {
  it("allows exactly the lifecycle's steps: each legal one moves the incident, each illegal one is a 409 naming the allowed states", async () => {
    const { caller: commander } = await seedUser("commander");
    for (const from of INCIDENT_STATUSES) {
      for (const to of INCIDENT_STATUSES) {
        const incident = await incidentIn(commander, from);
        if (to === "closed" && from === "resolved") await publishPostMortem(commander, incident.key);
        const eventsBefore = await timelineCount(incident.id);
        const changesBefore = await statusChangeCount(incident.id);
        const attempt = transitionIncident(commander, incident.id, { to, version: incident.version });
        if (canTransition(from, to)) {
          const moved = await attempt;
          expect(moved, `${from} → ${to}`).toMatchObject({ status: to, version: incident.version + 1, allowedTransitions: [...allowedNextStatuses(to)] });
          expect(await statusChangeCount(incident.id)).toBe(changesBefore + 1);
        } else {
          const allowed = allowedNextStatuses(from);
          await expect(attempt, `${from} → ${to}`).rejects.toMatchObject({
            code: "conflict",
            details: [{ field: "to", message: allowed.length > 0 ? `allowed: ${allowed.join(", ")}` : "allowed: none (closed is final)" }],
          });
          expect(await timelineCount(incident.id)).toBe(eventsBefore);
          expect((await getIncident(commander, incident.id)).version).toBe(incident.version);
        }
      }
    }
  });

  it("stamps each milestone the first time it is reached and never moves it", async () => {
    const { caller: commander } = await seedUser("commander");
    let incident = await seedIncident(commander, { severity: "critical" });
    const step = async (to: IncidentStatus) => (incident = await transitionIncident(commander, incident.key, { to, version: incident.version }));

    await step("investigating");
    expect(incident).toMatchObject({ mitigationStartedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null });
    await step("mitigating");
    const mitigationStartedAt = incident.mitigationStartedAt;
    expect(mitigationStartedAt).not.toBeNull();
    await step("monitoring");
    const mitigatedAt = incident.mitigatedAt;
    expect(mitigatedAt).not.toBeNull();
    await step("mitigating"); // the fix did not hold
    await step("monitoring");
    expect(incident).toMatchObject({ mitigationStartedAt, mitigatedAt });
    await step("resolved");
    const resolvedAt = incident.resolvedAt;
    await step("investigating"); // reopened
    await step("resolved");
    expect(incident.resolvedAt).toBe(resolvedAt);
    await publishPostMortem(commander, incident.key);
    await step("closed");
    expect(incident).toMatchObject({ status: "closed", allowedTransitions: [], mitigationStartedAt, mitigatedAt, resolvedAt });
    expect(incident.closedAt).not.toBeNull();

    const changes = await db().timelineEvent.findMany({ where: { incidentId: incident.id, kind: "incident.status_changed" }, orderBy: { id: "asc" } });
    expect(changes.map((event) => (event.payload as { to: string }).to)).toEqual(["investigating", "mitigating", "monitoring", "mitigating", "monitoring", "resolved", "investigating", "resolved", "closed"]);
  });

  it("records the note and the milestone in the status change event", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander);
    await transitionIncident(commander, incident.key, { to: "mitigating", version: 1, note: "rolling back v2.3.1" });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "incident.status_changed" } });
    expect(event).toMatchObject({ actorUserId: commander.userId, payload: { from: "declared", to: "mitigating", note: "rolling back v2.3.1", milestone: "mitigationStartedAt" } });
  });
});

describe("one timeline event per change, in the change's transaction", () => {
  it("writes exactly one event for each mutation", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const incident = await seedIncident(commander);
    const kinds = async () => (await db().timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } })).map((event) => event.kind);
    expect(await kinds()).toEqual(["incident.declared"]);

    const updated = await updateIncident(commander, incident.key, { version: 1, title: "Checkout 500s", severity: "critical" });
    expect(await kinds()).toHaveLength(2);
    const moved = await transitionIncident(commander, incident.key, { to: "investigating", version: updated.version });
    expect(await kinds()).toHaveLength(3);
    await addParticipant(commander, incident.key, { userId: responder.userId as string, role: "responder" });
    expect(await kinds()).toHaveLength(4);
    await removeParticipant(commander, incident.key, responder.userId as string);

    expect(await kinds()).toEqual(["incident.declared", "incident.updated", "incident.status_changed", "participant.added", "participant.removed"]);
    expect(moved.version).toBe(3);
  });

  it("writes no event and changes nothing when the change is refused", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const incident = await seedIncident(commander);
    await updateIncident(commander, incident.key, { version: 1, title: "First edit wins" });
    await addParticipant(commander, incident.key, { userId: responder.userId as string, role: "observer" });
    const before = await timelineCount(incident.id);

    await expect(updateIncident(commander, incident.key, { version: 1, title: "Stale edit" })).rejects.toMatchObject({ code: "conflict", details: [{ field: "version" }] });
    await expect(transitionIncident(commander, incident.key, { to: "investigating", version: 1 })).rejects.toMatchObject({ code: "conflict", details: [{ field: "version" }] });
    await expect(transitionIncident(commander, incident.key, { to: "closed", version: 2 })).rejects.toMatchObject({ code: "conflict", details: [{ field: "to" }] });
    await expect(addParticipant(commander, incident.key, { userId: responder.userId as string, role: "responder" })).rejects.toMatchObject({ code: "conflict", details: [{ field: "userId" }] });
    await expect(removeParticipant(commander, incident.key, commander.userId as string)).rejects.toMatchObject({ code: "conflict", details: [{ field: "userId" }] });
    await expect(updateIncident(commander, incident.key, { version: 2, commanderId: responder.userId as string })).rejects.toMatchObject({ code: "bad_request", details: [{ field: "commanderId" }] });

    expect(await timelineCount(incident.id)).toBe(before);
    expect(await getIncident(commander, incident.key)).toMatchObject({ title: "First edit wins", version: 2, status: "declared" });
  });

  it("rolls the change back when its timeline event cannot be written", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander);
    // A trigger that refuses this incident's next timeline rows: the status change must not survive without its event.
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_timeline() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'timeline refused'; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_timeline BEFORE INSERT ON "TimelineEvent" FOR EACH ROW WHEN (NEW."incidentId" = '${incident.id}') EXECUTE FUNCTION refuse_timeline()`);
    try {
      await expect(transitionIncident(commander, incident.key, { to: "mitigating", version: 1 })).rejects.toThrow(/timeline refused/);
      await expect(updateIncident(commander, incident.key, { version: 1, title: "Lost edit" })).rejects.toThrow(/timeline refused/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_timeline ON "TimelineEvent"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_timeline()`);
    }
    expect(await getIncident(commander, incident.key)).toMatchObject({ status: "declared", title: incident.title, version: 1, mitigationStartedAt: null });
  });

  it("lets only one of two concurrent edits of the same version through", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander);
    const results = await Promise.allSettled([
      updateIncident(commander, incident.key, { version: 1, title: "Edit A" }),
      transitionIncident(commander, incident.key, { to: "investigating", version: 1 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await timelineCount(incident.id)).toBe(2);
    expect((await getIncident(commander, incident.key)).version).toBe(2);
  });

  it("writes nothing for an edit that changes nothing", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander, { title: "Same" });
    const unchanged = await updateIncident(commander, incident.key, { version: 1, title: "Same", severity: incident.severity });
    expect(unchanged.version).toBe(1);
    expect(await timelineCount(incident.id)).toBe(1);
  });

  it("answers 404 for an unknown incident, by key, by id, and for a ref that is neither", async () => {
    const { caller: commander } = await seedUser("commander");
    for (const ref of ["INC-999999", "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f", "nonsense"]) {
      await expect(getIncident(commander, ref)).rejects.toMatchObject({ code: "not_found" });
      await expect(transitionIncident(commander, ref, { to: "investigating", version: 1 })).rejects.toMatchObject({ code: "not_found" });
      await expect(updateIncident(commander, ref, { version: 1, title: "x" })).rejects.toMatchObject({ code: "not_found" });
    }
  });
});
