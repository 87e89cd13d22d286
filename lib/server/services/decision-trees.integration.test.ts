import { describe, expect, it } from "vitest";
import { PRE_ROLLBACK_CHECKLIST } from "@/lib/domain/checklists/checklist-template";
import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { SEED_DECISION_TREE } from "@/lib/domain/decisions/seed-tree";
import { db } from "@/lib/server/db/client";
import { seedIncident } from "@/lib/testing/seed-incident";
import { seedUser } from "@/lib/testing/seed";
import { answerDecision } from "./answer-decision";
import { getActiveChecklistTemplate } from "./get-active-checklist-template";
import { getActiveDecisionTree } from "./get-active-decision-tree";
import { getDecision } from "./get-decision";
import { publishChecklistTemplate } from "./publish-checklist-template";
import { publishDecisionTree } from "./publish-decision-tree";
import { startDecision } from "./start-decision";

/** A one-question tree: any severity goes straight to a full rollback. */
const ALWAYS_ROLL_BACK: DecisionTree = {
  name: "Always roll back",
  startNodeId: "sure",
  nodes: [
    { kind: "question", id: "sure", prompt: "Roll back?", answers: [{ id: "yes", label: "Yes", next: "roll-back" }] },
    { kind: "outcome", id: "roll-back", title: "Roll back", procedure: "full_rollback" },
  ],
};

describe("decision trees and checklist templates", () => {
  it("seeds the default tree as version 1 once, however many first reads race", async () => {
    const { caller: viewer } = await seedUser("viewer");
    const reads = await Promise.all(Array.from({ length: 5 }, () => getActiveDecisionTree(viewer, "default")));
    expect(reads.map((read) => read.tree.version)).toEqual([1, 1, 1, 1, 1]);
    expect(reads[0]?.tree).toMatchObject({ key: "default", content: SEED_DECISION_TREE });
    expect(reads[0]?.versions).toEqual([{ version: 1, createdAt: expect.any(String) }]);
    expect(await db().decisionTreeVersion.count({ where: { key: "default" } })).toBe(1);
  });

  it("refuses an invalid tree naming each problem, and stores nothing", async () => {
    const { caller: admin } = await seedUser("admin");
    const auditsBefore = await db().auditEvent.count();
    const broken = {
      name: "Broken",
      startNodeId: "first",
      nodes: [
        { kind: "question", id: "first", prompt: "First?", answers: [{ id: "a", label: "Loop", next: "second" }, { id: "b", label: "Gone", next: "missing" }, { id: "c", label: "Open" }] },
        { kind: "question", id: "second", prompt: "Second?", answers: [{ id: "back", label: "Back", next: "first" }] },
        { kind: "outcome", id: "vague", title: "Vague" },
      ],
    };

    const error = await publishDecisionTree(admin, "default", broken, null).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/^The tree is invalid: /) });
    const details = (error as { details: { field: string; message: string }[] }).details;
    expect(details).toEqual(
      expect.arrayContaining([
        { field: "nodes.first", message: 'Answer "Gone" to "First?" leads to "missing", which does not exist' },
        { field: "nodes.first", message: 'Answer "Open" to "First?" leads nowhere' },
        { field: "nodes.vague", message: 'Outcome "Vague" names no procedure' },
        { field: "nodes.first", message: expect.stringContaining("loops back on itself") },
        { field: "nodes.vague", message: expect.stringContaining("No path from the start") },
      ]),
    );
    expect(await db().decisionTreeVersion.count({ where: { key: "default", version: { gt: 1 } } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(auditsBefore);
  });

  it("refuses content that is not a tree at all, naming the fields", async () => {
    const { caller: admin } = await seedUser("admin");
    await expect(publishDecisionTree(admin, "default", { startNodeId: "x", nodes: [] }, null)).rejects.toMatchObject({
      code: "bad_request",
      details: expect.arrayContaining([expect.objectContaining({ field: "name" }), expect.objectContaining({ field: "nodes" })]),
    });
    await expect(publishDecisionTree(admin, "default", "a tree", null)).rejects.toMatchObject({ code: "bad_request", details: [expect.objectContaining({ field: "tree" })] });
  });

  it("publishes the next version with an audit row; only admins may", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    await expect(publishDecisionTree(commander, "default", ALWAYS_ROLL_BACK, null)).rejects.toMatchObject({ code: "forbidden" });

    const before = (await getActiveDecisionTree(admin, "default")).tree.version;
    const published = await publishDecisionTree(admin, "default", ALWAYS_ROLL_BACK, "req-tree");

    expect(published).toMatchObject({ key: "default", version: before + 1, content: ALWAYS_ROLL_BACK });
    const read = await getActiveDecisionTree(commander, "default");
    expect(read.tree.version).toBe(before + 1);
    expect(read.versions.map((entry) => entry.version)).toEqual(Array.from({ length: before + 1 }, (_, index) => before + 1 - index));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "decision_tree.published" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, requestId: "req-tree", payload: { key: "default", version: before + 1 } });

    // Concurrent publications queue up: each gets its own next version.
    const racing = await Promise.all([publishDecisionTree(admin, "default", ALWAYS_ROLL_BACK, null), publishDecisionTree(admin, "default", SEED_DECISION_TREE, null)]);
    expect(racing.map((tree) => tree.version).sort()).toEqual([before + 2, before + 3]);
  });

  it("keeps a decision on the tree version it started with after a new version is published", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident();
    // Tests in this file share a database: make the seed tree the active one again.
    await publishDecisionTree(admin, "default", SEED_DECISION_TREE, null);
    const pinned = await startDecision(commander, incident.key, {});

    const newer = await publishDecisionTree(admin, "default", ALWAYS_ROLL_BACK, null);
    expect(newer.version).toBeGreaterThan(pinned.tree.version);

    // The seed tree's question still applies to the decision started before.
    const answered = await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "high" });
    expect(answered).toMatchObject({ tree: { version: pinned.tree.version }, currentNodeId: "can-hotfix" });
    await expect(answerDecision(commander, incident.key, { step: 1, nodeId: "sure", answerId: "yes" })).rejects.toMatchObject({ code: "bad_request" });

    const restarted = await startDecision(commander, incident.key, { restart: true });
    expect(restarted).toMatchObject({ tree: { version: newer.version }, currentNodeId: "sure" });
    expect(await getDecision(commander, incident.key)).toMatchObject({ tree: { version: newer.version } });
  });

  it("versions the pre-rollback template; a new checklist copies the active version", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    expect((await getActiveChecklistTemplate(commander, "pre-rollback")).template).toMatchObject({ key: "pre-rollback", version: 1, content: PRE_ROLLBACK_CHECKLIST });

    await expect(publishChecklistTemplate(admin, "pre-rollback", { name: "Empty", groups: [] }, null)).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "groups", message: "a checklist needs at least one group" }],
    });
    const shorter = { name: "Short pre-rollback", groups: [{ title: "Only", items: [{ text: "Tell the team" }, { text: "Save the logs", hint: "all of them" }] }] };
    const published = await publishChecklistTemplate(admin, "pre-rollback", shorter, null);
    expect(published).toMatchObject({ version: 2, content: shorter });

    const incident = await seedIncident();
    await publishDecisionTree(admin, "default", ALWAYS_ROLL_BACK, null);
    await startDecision(commander, incident.key, {});
    await answerDecision(commander, incident.key, { step: 0, nodeId: "sure", answerId: "yes" });
    const checklist = await db().checklist.findFirstOrThrow({ where: { incidentId: incident.id }, include: { items: { orderBy: { position: "asc" } }, template: true } });
    expect(checklist).toMatchObject({ name: "Short pre-rollback", template: { version: 2 } });
    expect(checklist.items.map(({ groupTitle, position, text, hint }) => ({ groupTitle, position, text, hint }))).toEqual([
      { groupTitle: "Only", position: 0, text: "Tell the team", hint: null },
      { groupTitle: "Only", position: 1, text: "Save the logs", hint: "all of them" },
    ]);
  });
});
