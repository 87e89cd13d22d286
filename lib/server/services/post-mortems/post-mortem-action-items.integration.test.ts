import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedIncident, seedUser } from "@/lib/testing/seed";
import { addParticipant } from "../add-participant";
import { transitionIncident } from "../transition-incident";
import { createActionItem } from "./create-action-item";
import { exportPostMortem } from "./export-post-mortem";
import { getPostMortem } from "./get-post-mortem";
import { movePostMortem } from "./move-post-mortem";
import { updateActionItem } from "./update-action-item";

async function resolvedIncident(commander: Caller, options: { private?: boolean } = {}) {
  const incident = await seedIncident(commander, options);
  return transitionIncident(commander, incident.key, { to: "resolved", version: incident.version });
}

describe("action items", () => {
  it("are added with an owner and due date, tracked through their statuses, each with its own version", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const incident = await resolvedIncident(commander);
    const due = "2020-01-02T00:00:00.000Z";
    const item = await createActionItem(responder, incident.key, { title: "Add a canary stage", ownerId: responder.userId, dueAt: due });
    const other = await createActionItem(responder, incident.key, { title: "Alert on p95" });
    expect(item).toMatchObject({ status: "open", owner: { id: responder.userId }, dueAt: due, overdue: true, version: 1, incidentId: incident.id });

    const started = await updateActionItem(responder, item.id, { version: 1, status: "in_progress" });
    expect(started).toMatchObject({ status: "in_progress", overdue: true, version: 2, doneAt: null });
    // Another item's version is its own: no conflict with the one just changed.
    expect(await updateActionItem(commander, other.id, { version: 1, ownerId: commander.userId })).toMatchObject({ owner: { id: commander.userId }, version: 2 });

    await expect(updateActionItem(commander, item.id, { version: 1, status: "wont_do" })).rejects.toMatchObject({
      code: "conflict",
      extra: { current: { status: "in_progress", version: 2 } },
    });
    const done = await updateActionItem(responder, item.id, { version: 2, status: "done" });
    expect(done).toMatchObject({ status: "done", overdue: false, version: 3 });
    expect(done.doneAt).not.toBeNull();
    expect(await updateActionItem(responder, item.id, { version: 3, status: "open" })).toMatchObject({ doneAt: null, overdue: true });

    const { actionItems } = await getPostMortem(commander, incident.key);
    expect(actionItems.map((row) => row.title)).toEqual(["Add a canary stage", "Alert on p95"]);
    const kinds = await db().timelineEvent.findMany({ where: { incidentId: incident.id, kind: { startsWith: "postmortem.action_item" } }, orderBy: { id: "asc" } });
    expect(kinds.map((event) => event.summary)).toEqual([
      `${responder.name} added the action item “Add a canary stage” for ${responder.name} to the post-mortem of ${incident.key}`,
      `${responder.name} added the action item “Alert on p95” to the post-mortem of ${incident.key}`,
      `${responder.name} marked it in progress on the action item “Add a canary stage”`,
      `${commander.name} gave it to ${commander.name} on the action item “Alert on p95”`,
      `${responder.name} marked it done on the action item “Add a canary stage”`,
      `${responder.name} marked it open on the action item “Add a canary stage”`,
    ]);
  });

  it("stay editable after publishing, refuse viewers and unknown owners", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const incident = await resolvedIncident(commander);
    const inReview = await movePostMortem(commander, incident.key, { to: "in_review", version: 1 });
    await movePostMortem(commander, incident.key, { to: "published", version: inReview.version });
    const item = await createActionItem(commander, incident.key, { title: "Runbook update" });
    expect(await updateActionItem(commander, item.id, { version: 1, status: "done" })).toMatchObject({ status: "done" });
    await expect(createActionItem(viewer, incident.key, { title: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createActionItem(commander, incident.key, { title: "x", ownerId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "ownerId", message: "is not an active user" }],
    });
  });
});

describe("private incidents", () => {
  it("hide the post-mortem, its export and its action items (404) from anyone not a participant or admin", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: outsider } = await seedUser("commander");
    const { caller: participant } = await seedUser("responder");
    const { caller: admin } = await seedUser("admin");
    const incident = await resolvedIncident(commander, { private: true });
    const item = await createActionItem(commander, incident.key, { title: "Rotate the leaked key" });

    await expect(getPostMortem(outsider, incident.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(exportPostMortem(outsider, incident.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(movePostMortem(outsider, incident.key, { to: "in_review", version: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(createActionItem(outsider, incident.key, { title: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateActionItem(outsider, item.id, { version: 1, status: "done" })).rejects.toMatchObject({ code: "not_found" });

    expect((await getPostMortem(admin, incident.key)).incidentId).toBe(incident.id);
    await expect(getPostMortem(participant, incident.key)).rejects.toMatchObject({ code: "not_found" });
    await addParticipant(commander, incident.key, { userId: participant.userId ?? "", role: "responder" });
    expect((await exportPostMortem(participant, incident.key)).markdown).toContain("Rotate the leaked key");
  });
});

describe("Markdown export", () => {
  it("holds the document, the action item table and the recorded timeline", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await resolvedIncident(commander);
    await createActionItem(commander, incident.key, { title: "Add a canary stage", ownerId: commander.userId, dueAt: "2030-05-01T00:00:00.000Z" });
    const { fileName, markdown } = await exportPostMortem(commander, incident.key);
    expect(fileName).toBe(`${incident.key}-post-mortem.md`);
    expect(markdown).toContain(`# Rollback Post-Mortem: ${incident.key}`);
    expect(markdown).toContain(`| Add a canary stage | ${commander.name} | 2030-05-01 | Open |`);
    expect(markdown).toMatch(new RegExp(`## Recorded Timeline\\n- \\d\\d:\\d\\d UTC — .*declared[^\\n]*\\n- \\d\\d:\\d\\d UTC — ${commander.name} moved ${incident.key} from declared to resolved`));
    expect(markdown).not.toContain("added the action item");
  });
});
