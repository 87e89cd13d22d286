import "server-only";
import { budgetSecondsFor, CLOCKS, incidentClocks, withinBudget, BUDGETED_CLOCKS, mitigationOf } from "@/lib/domain/reports/incident-facts";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toIncidentDto } from "../../dto/incident";
import { assertCan } from "../../permissions/assert-can";
import { loadVisibleIncident } from "../../permissions/incident-access";
import { selectIncidentReportParts } from "../../queries/reports/incident-report";

/**
 * One incident's printable report (seeds 002 and 004): summary, clocks
 * against the matrix budget, timeline, rollback runs with their
 * verification, checklists and the post-mortem's status. A private incident
 * is a 404 to anyone not taking part (admins excepted).
 */
export async function getIncidentReport(actor: Actor, ref: string, now = new Date()) {
  assertCan(actor, "reports.read");
  const incident = await loadVisibleIncident(db(), actor, ref);
  const [runs, checklists, postMortem, timeline] = await selectIncidentReportParts(db(), incident.id);
  const liveRuns = runs.filter((run) => run.mode === "live").map((run) => ({ planType: run.plan.type, status: run.status, verificationStatus: run.verificationStatus, startedAt: run.createdAt }));
  const facts = { ...incident, key: `INC-${incident.number}`, services: incident.services.map(({ service }) => service.slug), liveRuns };
  const clocks = incidentClocks(facts);
  const budgetSeconds = budgetSecondsFor(facts);
  return {
    incident: { ...toIncidentDto(incident), restoredAt: incident.restoredAt?.toISOString() ?? null, mitigation: mitigationOf(facts) },
    budgetSeconds,
    clocks: CLOCKS.map((clock) => ({ clock, seconds: clocks[clock], withinBudget: BUDGETED_CLOCKS.includes(clock) ? withinBudget(clocks[clock], budgetSeconds) : null })),
    runs: runs.map((run) => ({
      id: run.id,
      mode: run.mode,
      status: run.status,
      verificationStatus: run.verificationStatus,
      planName: run.plan.name,
      planType: run.plan.type,
      serviceName: run.service.name,
      startedByName: run.startedByName,
      reason: run.reason,
      startedAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    })),
    checklists: checklists.map((checklist) => ({
      name: checklist.name,
      done: checklist.items.filter((item) => item.doneAt !== null || item.notApplicable).length,
      total: checklist.items.length,
      overdue: checklist.items.filter((item) => item.dueAt !== null && item.dueAt < now && item.doneAt === null && !item.notApplicable).length,
    })),
    postMortem: postMortem
      ? {
          status: postMortem.status,
          title: postMortem.title,
          publishedAt: postMortem.publishedAt?.toISOString() ?? null,
          openActionItems: postMortem.actionItems.filter((item) => item.status === "open" || item.status === "in_progress").length,
          actionItems: postMortem.actionItems.length,
        }
      : null,
    timeline: timeline.map((event) => ({ kind: event.kind, summary: event.summary, actorName: event.actorName, at: event.createdAt.toISOString() })),
  };
}
