import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { seedIncident } from "@/lib/testing/seed-incident";
import { seedUser } from "@/lib/testing/seed";
import { listMyTasks } from "./list-my-tasks";

const HOUR = 3_600_000;

/** An incident with one checklist whose items are assigned as given (dueAt relative to now, in hours). */
async function incidentWithItems(options: { private?: boolean; participantUserIds?: string[] }, items: { text: string; assigneeId: string; dueInHours: number | null; done?: boolean }[]) {
  const incident = await seedIncident(options);
  const template = await db().checklistTemplate.upsert({ where: { key_version: { key: "post-rollback", version: 1 } }, create: { key: "post-rollback", version: 1, content: {} }, update: {} });
  await db().checklist.create({
    data: {
      incidentId: incident.id,
      templateId: template.id,
      name: "Post-rollback checklist",
      items: {
        create: items.map((item, position) => ({
          groupTitle: "Immediate",
          position,
          text: item.text,
          assigneeId: item.assigneeId,
          dueAt: item.dueInHours === null ? null : new Date(Date.now() + item.dueInHours * HOUR),
          doneAt: item.done ? new Date() : null,
        })),
      },
    },
  });
  return incident;
}

describe("my tasks", () => {
  it("lists my open items across the incidents I can see, overdue first, and leaves out others' private incidents", async () => {
    const { caller: me } = await seedUser("responder");
    const { caller: someoneElse } = await seedUser("commander");
    const mine = me.userId as string;
    const open = await incidentWithItems({}, [
      { text: "Plan fixes for issues", assigneeId: mine, dueInHours: 20 },
      { text: "Review error logs", assigneeId: mine, dueInHours: -2 },
      { text: "Notify stakeholders", assigneeId: mine, dueInHours: -1, done: true },
      { text: "Update documentation", assigneeId: someoneElse.userId as string, dueInHours: -5 },
      { text: "Train team on lessons learned", assigneeId: mine, dueInHours: null },
    ]);
    await incidentWithItems({ private: true, participantUserIds: [mine] }, [{ text: "Root cause analysis", assigneeId: mine, dueInHours: 1 }]);
    // Assigned before the incident went private, and I am not a participant: invisible, as the incident is.
    await incidentWithItems({ private: true }, [{ text: "Secret task", assigneeId: mine, dueInHours: -10 }]);

    const tasks = await listMyTasks(me);
    expect(tasks.checklistItems.map((item) => [item.text, item.overdue])).toEqual([
      ["Review error logs", true],
      ["Root cause analysis", false],
      ["Plan fixes for issues", false],
      ["Train team on lessons learned", false],
    ]);
    expect(tasks.checklistItems[0]).toMatchObject({ incident: { key: open.key, title: "Checkout returns 500s" }, checklist: { name: "Post-rollback checklist" }, groupTitle: "Immediate" });
  });

  it("lists the post-mortem action items I own that are not finished, with their incident", async () => {
    const { caller: me } = await seedUser("responder");
    const mine = me.userId as string;
    const visible = await seedIncident({});
    const hidden = await seedIncident({ private: true });
    for (const incident of [visible, hidden]) {
      await db().postMortem.create({
        data: {
          incidentId: incident.id,
          title: "Post-mortem",
          content: "# Post-mortem",
          actionItems: {
            create: [
              { incidentId: incident.id, title: `Add a canary stage (${incident.key})`, ownerId: mine, dueAt: new Date(Date.now() - HOUR) },
              { incidentId: incident.id, title: `Alert on p95 (${incident.key})`, ownerId: mine, status: "done", doneAt: new Date() },
            ],
          },
        },
      });
    }

    const tasks = await listMyTasks(me);
    expect(tasks.actionItems).toEqual([
      { id: expect.any(String), title: `Add a canary stage (${visible.key})`, dueAt: expect.any(String), overdue: true, status: "open", incident: expect.objectContaining({ key: visible.key }) },
    ]);
  });

  it("gives a token without a user no tasks", async () => {
    expect(await listMyTasks({ kind: "token", userId: null, tokenId: "t", role: "responder", name: "ci", email: null })).toEqual({ checklistItems: [], actionItems: [] });
  });
});
