import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { seedIncident } from "@/lib/testing/seed-incident";
import { seedUser } from "@/lib/testing/seed";
import { answerDecision } from "./answer-decision";
import { getIncidentChecklists } from "./get-incident-checklists";
import { startDecision } from "./start-decision";
import { updateChecklistItem } from "./update-checklist-item";

/** An incident whose decision reached a full rollback, so it has the pre-rollback checklist. */
async function incidentWithChecklist(options: Parameters<typeof seedIncident>[0] = {}) {
  const { caller: commander } = await seedUser("commander");
  const incident = await seedIncident({ ...options, participantUserIds: [commander.userId as string, ...(options.participantUserIds ?? [])] });
  await startDecision(commander, incident.key, {});
  await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "critical" });
  const [checklist] = await getIncidentChecklists(commander, incident.key);
  if (!checklist) throw new Error("the full rollback created no checklist");
  return { commander, incident, checklist };
}

const itemEvents = (incidentId: string) => db().timelineEvent.findMany({ where: { incidentId, kind: "checklist.item_updated" }, orderBy: { id: "asc" } });

describe("checklists", () => {
  it("lists the incident's checklist with its items in template order", async () => {
    const { checklist } = await incidentWithChecklist();
    expect(checklist).toMatchObject({ name: "Pre-rollback checklist", template: { key: "pre-rollback", version: 1 } });
    expect(checklist.items.map((item) => item.position)).toEqual(checklist.items.map((_, index) => index));
    expect(checklist.items[0]).toEqual({
      id: expect.any(String),
      checklistId: checklist.id,
      groupTitle: "Assess the situation",
      position: 0,
      text: "Document the specific issue(s)",
      hint: null,
      assignee: null,
      dueAt: null,
      doneAt: null,
      doneBy: null,
      note: null,
      notApplicable: false,
      notApplicableReason: null,
      autoCheck: null,
      version: 1,
    });
  });

  it("ticks and unticks an item, bumping its version, with one readable timeline event each", async () => {
    const { incident, checklist } = await incidentWithChecklist();
    const { caller: responder } = await seedUser("responder");
    const item = checklist.items.find((each) => each.text.startsWith("Notify the team"));
    if (!item) throw new Error("no notify item");

    const ticked = await updateChecklistItem(responder, item.id, { version: 1, done: true, note: "posted in #inc" });
    expect(ticked).toMatchObject({ version: 2, doneAt: expect.any(String), doneBy: { id: responder.userId, name: responder.name }, note: "posted in #inc" });
    const unticked = await updateChecklistItem(responder, item.id, { version: 2, done: false });
    expect(unticked).toMatchObject({ version: 3, doneAt: null, doneBy: null, note: "posted in #inc" });

    const events = await itemEvents(incident.id);
    expect(events.map((event) => event.summary)).toEqual(['Ticked "Notify the team on the incident channel"; noted on it: posted in #inc', 'Unticked "Notify the team on the incident channel"']);
    expect(events[0]?.payload).toMatchObject({ itemId: item.id, changes: { done: true, note: "posted in #inc" }, version: 2 });
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const { incident, checklist } = await incidentWithChecklist();
    const { caller: first } = await seedUser("responder");
    const { caller: second } = await seedUser("responder");
    const item = checklist.items[1];
    if (!item) throw new Error("no item");
    await updateChecklistItem(first, item.id, { version: 1, done: true });

    await expect(updateChecklistItem(second, item.id, { version: 1, note: "mine" })).rejects.toMatchObject({ code: "conflict", details: [{ field: "version", message: "the current version is 2" }] });

    const stored = await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ version: 2, note: null, doneById: first.userId });
    expect(await itemEvents(incident.id)).toHaveLength(1);
  });

  it("lets exactly one of two concurrent writers of the same version win", async () => {
    const { checklist } = await incidentWithChecklist();
    const { caller: responder } = await seedUser("responder");
    const item = checklist.items[2];
    if (!item) throw new Error("no item");
    const results = await Promise.allSettled([updateChecklistItem(responder, item.id, { version: 1, note: "a" }), updateChecklistItem(responder, item.id, { version: 1, note: "b" })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "conflict" });
    expect((await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(2);
  });

  it("needs a reason to mark an item not applicable, and an existing user to assign", async () => {
    const { checklist } = await incidentWithChecklist();
    const { caller: responder } = await seedUser("responder");
    const item = checklist.items[3];
    if (!item) throw new Error("no item");

    await expect(updateChecklistItem(responder, item.id, { version: 1, notApplicable: true })).rejects.toMatchObject({ code: "bad_request", details: [{ field: "notApplicableReason" }] });
    await expect(updateChecklistItem(responder, item.id, { version: 1, assigneeId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "assigneeId" }],
    });

    const skipped = await updateChecklistItem(responder, item.id, { version: 1, notApplicable: true, notApplicableReason: "no data touched", assigneeId: responder.userId });
    expect(skipped).toMatchObject({ version: 2, notApplicable: true, notApplicableReason: "no data touched", assignee: { id: responder.userId } });
    const applicable = await updateChecklistItem(responder, item.id, { version: 2, notApplicable: false });
    expect(applicable).toMatchObject({ notApplicable: false, notApplicableReason: null });
  });

  it("hides the items of a private incident from outsiders (404) and refuses viewers (403)", async () => {
    const { checklist, commander } = await incidentWithChecklist({ private: true });
    const { caller: outsider } = await seedUser("responder");
    const { caller: viewer } = await seedUser("viewer");
    const item = checklist.items[0];
    if (!item) throw new Error("no item");

    await expect(updateChecklistItem(outsider, item.id, { version: 1, done: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateChecklistItem(viewer, item.id, { version: 1, done: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateChecklistItem(commander, "00000000-0000-4000-8000-000000000000", { version: 1, done: true })).rejects.toMatchObject({ code: "not_found" });
    expect((await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(1);
  });
});
