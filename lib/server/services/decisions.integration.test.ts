import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { PRE_ROLLBACK_CHECKLIST } from "@/lib/domain/checklists/checklist-template";
import { db } from "@/lib/server/db/client";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { seedIncident } from "@/lib/testing/seed-incident";
import { seedUser } from "@/lib/testing/seed";
import { answerDecision } from "./answer-decision";
import { getDecision } from "./get-decision";
import { startDecision } from "./start-decision";
import { undoLastAnswer } from "./undo-last-answer";

const emitted: Broadcast[] = [];

beforeEach(() => {
  emitted.length = 0;
  recordBroadcasts(emitted);
});
afterEach(() => stopRecordingBroadcasts());

const timelineKinds = async (incidentId: string) => (await db().timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } })).map((event) => event.kind);

async function commanderAndIncident(options: Parameters<typeof seedIncident>[0] = {}) {
  const { caller } = await seedUser("commander");
  const incident = await seedIncident(options);
  return { commander: caller, incident };
}

describe("the guided decision", () => {
  it("critical: decides a full rollback, stamps decidedAt and creates the pre-rollback checklist, in one transaction", async () => {
    const { commander, incident } = await commanderAndIncident({ severity: "high", scenario: "security_vulnerability" });
    expect(await getDecision(commander, incident.key)).toBeNull();

    const started = await startDecision(commander, incident.key, {});
    expect(started).toMatchObject({ status: "in_progress", step: 0, currentNodeId: "severity", tree: { key: "default", version: 1 }, recommendation: null });
    emitted.length = 0;

    const decided = await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "critical" });

    expect(decided).toMatchObject({
      status: "decided",
      step: 1,
      currentNodeId: null,
      answers: [{ position: 0, nodeId: "severity", answerId: "critical", answeredBy: { id: commander.userId, name: commander.name }, healthSnapshot: null }],
      recommendation: {
        outcome: { id: "immediate-rollback", procedure: "full_rollback" },
        procedureLabel: "Full rollback",
        severity: "critical",
        matrixRow: { scenario: "security_vulnerability", budgetMinutes: 5 },
        path: [{ nodeId: "severity", answerId: "critical", answer: "Critical" }],
      },
    });
    const storedIncident = await db().incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(storedIncident.decidedAt).not.toBeNull();
    expect(storedIncident.version).toBe(2);

    const checklists = await db().checklist.findMany({ where: { incidentId: incident.id }, include: { items: { orderBy: { position: "asc" } }, template: true } });
    const templateItems = PRE_ROLLBACK_CHECKLIST.groups.flatMap((group) => group.items.map((item) => ({ groupTitle: group.title, text: item.text })));
    expect(checklists).toHaveLength(1);
    expect(checklists[0]?.template).toMatchObject({ key: "pre-rollback", version: 1 });
    expect(checklists[0]?.items.map(({ groupTitle, text, position }) => ({ groupTitle, text, position }))).toEqual(templateItems.map((item, position) => ({ ...item, position })));

    // One timeline event per change, and every row the deciding answer wrote or updated carries its transaction's id (xmin).
    const events = await db().timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.kind)).toEqual(["decision.started", "decision.answered", "decision.decided", "checklist.created"]);
    const writers = await db().$queryRaw<{ source: string; xid: string }[]>`
      SELECT 'timeline' AS source, xmin::text AS xid FROM "TimelineEvent" WHERE "incidentId" = ${incident.id}::uuid AND kind <> 'decision.started'
      UNION ALL SELECT 'answer', xmin::text FROM "DecisionAnswer" WHERE "decisionId" = ${decided.id}::uuid
      UNION ALL SELECT 'decision', xmin::text FROM "Decision" WHERE id = ${decided.id}::uuid
      UNION ALL SELECT 'incident', xmin::text FROM "Incident" WHERE id = ${incident.id}::uuid
      UNION ALL SELECT 'checklist', xmin::text FROM "Checklist" WHERE "incidentId" = ${incident.id}::uuid
      UNION ALL SELECT 'item', i.xmin::text FROM "ChecklistItem" i JOIN "Checklist" c ON c.id = i."checklistId" WHERE c."incidentId" = ${incident.id}::uuid`;
    expect(new Set(writers.map((row) => row.source))).toEqual(new Set(["timeline", "answer", "decision", "incident", "checklist", "item"]));
    expect(new Set(writers.map((row) => row.xid)).size).toBe(1);

    expect(emitted.map(({ room, event }) => `${room} ${event}`)).toEqual([
      `incident:${incident.id} decision:updated`,
      `incident:${incident.id} timeline:created`,
      `incident:${incident.id} timeline:created`,
      `incident:${incident.id} timeline:created`,
      `incident:${incident.id} incident:updated`,
      "incidents incidents:changed",
      `incident:${incident.id} checklist:updated`,
    ]);
    expect(emitted.find((entry) => entry.event === "checklist:updated")?.payload).toMatchObject({ checklists: [{ name: PRE_ROLLBACK_CHECKLIST.name, template: { key: "pre-rollback", version: 1 } }] });
  });

  it("writes nothing when any part of the deciding answer fails", async () => {
    const { commander, incident } = await commanderAndIncident();
    await startDecision(commander, incident.key, {});
    // Make the last step of the transaction (the checklist) fail.
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_checklists() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'checklists refused'; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_checklists BEFORE INSERT ON "Checklist" FOR EACH ROW EXECUTE FUNCTION refuse_checklists()`);
    try {
      await expect(answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "critical" })).rejects.toThrow(/checklists refused/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_checklists ON "Checklist"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_checklists()`);
    }
    expect(await db().decisionAnswer.count({ where: { decision: { incidentId: incident.id } } })).toBe(0);
    expect(await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ decidedAt: null, version: 1 });
    expect(await getDecision(commander, incident.key)).toMatchObject({ status: "in_progress", step: 0 });
    expect(await timelineKinds(incident.id)).toEqual(["decision.started"]);
  });

  it("lets only one of two concurrent answers at the same step land; the other is a conflict", async () => {
    const { commander, incident } = await commanderAndIncident();
    const { caller: otherCommander } = await seedUser("commander");
    await startDecision(commander, incident.key, {});

    const results = await Promise.allSettled([
      answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "high" }),
      answerDecision(otherCommander, incident.key, { step: 0, nodeId: "severity", answerId: "medium" }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect(rejected?.reason).toMatchObject({ code: "conflict", message: "Someone answered first; here is the current state", details: [{ field: "step" }] });
    expect(await db().decisionAnswer.count({ where: { decision: { incidentId: incident.id } } })).toBe(1);
    expect(await timelineKinds(incident.id)).toEqual(["decision.started", "decision.answered"]);
  });

  it("refuses an answer the question does not offer, or to another question, and writes nothing", async () => {
    const { commander, incident } = await commanderAndIncident();
    await startDecision(commander, incident.key, {});

    await expect(answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "apocalyptic" })).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "answerId", message: expect.stringContaining("offered: critical, high, medium, low") }],
    });
    await expect(answerDecision(commander, incident.key, { step: 0, nodeId: "can-hotfix", answerId: "yes" })).rejects.toMatchObject({ code: "bad_request", details: [{ field: "nodeId" }] });
    await expect(answerDecision(commander, incident.key, { step: 3, nodeId: "severity", answerId: "high" })).rejects.toMatchObject({ code: "conflict", details: [{ field: "step", message: "the current step is 0" }] });
    expect(await db().decisionAnswer.count({ where: { decision: { incidentId: incident.id } } })).toBe(0);
    expect(await timelineKinds(incident.id)).toEqual(["decision.started"]);
  });

  it("goes back and answers again; a decided decision reopens and keeps its checklist and decidedAt", async () => {
    const { commander, incident } = await commanderAndIncident();
    await startDecision(commander, incident.key, {});
    await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "high" });
    await answerDecision(commander, incident.key, { step: 1, nodeId: "can-hotfix", answerId: "no" });
    const { decidedAt } = await db().incident.findUniqueOrThrow({ where: { id: incident.id } });

    await expect(undoLastAnswer(commander, incident.key, { step: 1 })).rejects.toMatchObject({ code: "conflict" });
    const reopened = await undoLastAnswer(commander, incident.key, { step: 2 });
    expect(reopened).toMatchObject({ status: "in_progress", step: 1, currentNodeId: "can-hotfix", recommendation: null });

    const hotfix = await answerDecision(commander, incident.key, { step: 1, nodeId: "can-hotfix", answerId: "yes" });
    expect(hotfix).toMatchObject({ status: "decided", recommendation: { outcome: { id: "deploy-hotfix" }, procedureLabel: "Deploy a hotfix and monitor closely" } });
    await undoLastAnswer(commander, incident.key, { step: 2 });
    await answerDecision(commander, incident.key, { step: 1, nodeId: "can-hotfix", answerId: "no" });

    expect(await db().checklist.count({ where: { incidentId: incident.id } })).toBe(1);
    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).decidedAt).toEqual(decidedAt);
    expect(await timelineKinds(incident.id)).toEqual([
      "decision.started",
      "decision.answered",
      "decision.answered",
      "decision.decided",
      "checklist.created",
      "decision.back",
      "decision.answered",
      "decision.decided",
      "decision.back",
      "decision.answered",
      "decision.decided",
    ]);
    await expect(undoLastAnswer(commander, incident.key, { step: 0 })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a second decision unless restarting, which abandons the current one", async () => {
    const { commander, incident } = await commanderAndIncident();
    const first = await startDecision(commander, incident.key, {});
    await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "low" });

    await expect(startDecision(commander, incident.key, {})).rejects.toMatchObject({ code: "conflict", details: [{ field: "restart" }] });
    const second = await startDecision(commander, incident.key, { restart: true });

    expect(second.id).not.toBe(first.id);
    expect(await getDecision(commander, incident.key)).toMatchObject({ id: second.id, status: "in_progress", step: 0 });
    expect(await db().decision.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "abandoned" });
    expect((await timelineKinds(incident.id)).slice(-2)).toEqual(["decision.abandoned", "decision.started"]);
  });

  it("answers 404 for a private incident to a commander outside it, and 403 to a viewer", async () => {
    const { commander, incident } = await commanderAndIncident({ private: true });
    const { caller: viewer } = await seedUser("viewer");
    await expect(startDecision(commander, incident.key, {})).rejects.toMatchObject({ code: "not_found" });
    await expect(getDecision(commander, incident.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(startDecision(viewer, "INC-999999", {})).rejects.toMatchObject({ code: "forbidden" });

    const { caller: insider } = await seedUser("commander");
    const visible = await seedIncident({ private: true, participantUserIds: [insider.userId as string] });
    await expect(startDecision(insider, visible.key, {})).resolves.toMatchObject({ status: "in_progress" });
    await expect(answerDecision(viewer, visible.key, { step: 0, nodeId: "severity", answerId: "low" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
