import "server-only";
import type { Db } from "../../db/client";

/** What the printable incident report shows besides the incident itself: runs, checklists, post-mortem, timeline. */
export function selectIncidentReportParts(db: Db, incidentId: string) {
  return Promise.all([
    db.rollbackRun.findMany({
      where: { incidentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, mode: true, status: true, verificationStatus: true, verification: true, createdAt: true, finishedAt: true, startedByName: true, reason: true, plan: { select: { name: true, type: true } }, service: { select: { name: true } } },
    }),
    db.checklist.findMany({
      where: { incidentId },
      orderBy: { createdAt: "asc" },
      select: { name: true, anchorAt: true, items: { orderBy: { position: "asc" }, select: { groupTitle: true, text: true, dueAt: true, doneAt: true, notApplicable: true } } },
    }),
    db.postMortem.findUnique({ where: { incidentId }, select: { status: true, title: true, publishedAt: true, actionItems: { select: { status: true, dueAt: true } } } }),
    db.timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" }, take: 500, select: { kind: true, summary: true, actorName: true, createdAt: true } }),
  ]);
}
