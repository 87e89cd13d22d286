import "server-only";
import type { HistoricalIncident, HistoricalRun } from "@/lib/domain/reports/incident-history";
import type { Db } from "../../db/client";

/**
 * Past incidents with everything hanging off them, one multi-row INSERT per
 * table (the demo history, the reports benchmark and its tests). Rows are
 * written as they were, never through the live use-cases.
 */
export async function insertIncidentHistory(db: Db, incidents: readonly HistoricalIncident[], drills: readonly HistoricalRun[] = []): Promise<void> {
  await db.incident.createMany({
    data: incidents.map(({ serviceIds: _s, participantIds: _p, runs: _r, timeline: _t, postMortem: _m, checklist: _c, ...incident }) => incident),
  });
  await db.incidentService.createMany({ data: incidents.flatMap((incident) => incident.serviceIds.map((serviceId) => ({ incidentId: incident.id, serviceId }))) });
  await db.incidentParticipant.createMany({
    data: incidents.flatMap((incident) => incident.participantIds.map((userId) => ({ incidentId: incident.id, userId, role: userId === incident.commanderId ? ("commander" as const) : ("responder" as const), addedAt: incident.declaredAt }))),
  });
  await db.rollbackRun.createMany({
    data: [...incidents.flatMap((incident) => incident.runs.map((run) => ({ ...run, incidentId: incident.id }))), ...drills.map((run) => ({ ...run, incidentId: null }))].map((run) => ({ ...run, trigger: "manual" as const })),
  });
  await db.timelineEvent.createMany({
    data: incidents.flatMap((incident) => incident.timeline.map((event) => ({ incidentId: incident.id, kind: event.kind, summary: event.summary, actorName: "Rewind demo history", createdAt: event.createdAt }))),
  });
  const postMortems = incidents.flatMap((incident) => (incident.postMortem ? [{ incident, postMortem: incident.postMortem }] : []));
  await db.postMortem.createMany({
    data: postMortems.map(({ incident, postMortem: { actionItems: _items, ...postMortem } }) => ({ ...postMortem, incidentId: incident.id, createdAt: incident.resolvedAt ?? incident.declaredAt })),
  });
  await db.postMortemActionItem.createMany({
    data: postMortems.flatMap(({ incident, postMortem }) => postMortem.actionItems.map((item) => ({ ...item, postMortemId: postMortem.id, incidentId: incident.id }))),
  });
  const checklists = incidents.flatMap((incident) => (incident.checklist ? [{ incident, checklist: incident.checklist }] : []));
  await db.checklist.createMany({
    data: checklists.map(({ incident, checklist: { items: _items, ...checklist } }) => ({ ...checklist, incidentId: incident.id, createdAt: checklist.anchorAt ?? incident.declaredAt })),
  });
  await db.checklistItem.createMany({
    data: checklists.flatMap(({ checklist }) => checklist.items.map((item, position) => ({ ...item, checklistId: checklist.id, position }))),
  });
}
