import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Db } from "../db/client";
import { toChecklistDto, type ChecklistDto } from "../dto/checklist";
import { toDecisionDto, type DecisionDto } from "../dto/decision";
import { toIncidentDto, type IncidentDto } from "../dto/incident";
import { listIncidentChecklists } from "../queries/checklists";
import { findLatestDecision, type DecisionRow } from "../queries/decisions";
import { findIncidentByRef, type IncidentRow } from "../queries/incidents";
import { publish } from "../realtime/realtime-server";
import { publishTimelineEvents, type TimelineEventRow } from "./record-timeline-event";

/** What a decision use-case changed, read inside its transaction and published after the commit. */
export type DecisionChange = {
  incidentId: string;
  decision: DecisionDto;
  events: TimelineEventRow[];
  /** Set when the incident itself changed (decidedAt stamped). */
  incident: IncidentDto | null;
  /** Set when a checklist was created. */
  checklists: ChecklistDto[] | null;
};

/** Reads the state a decision use-case leaves behind, still inside its transaction. */
export async function readDecisionChange(
  tx: Db,
  incident: IncidentRow,
  changes: { events: TimelineEventRow[]; incidentChanged: boolean; checklistCreated: boolean },
): Promise<DecisionChange> {
  const decision = await findLatestDecision(tx, incident.id);
  if (!decision) throw new Error(`Incident ${incident.id} has no decision after changing it`);
  const changedIncident = changes.incidentChanged ? await findIncidentByRef(tx, incident.id) : null;
  return {
    incidentId: incident.id,
    decision: toDecisionDto(decision, incident),
    events: changes.events,
    incident: changedIncident ? toIncidentDto(changedIncident) : null,
    checklists: changes.checklistCreated ? (await listIncidentChecklists(tx, incident.id)).map(toChecklistDto) : null,
  };
}

/** After the commit: everyone watching the incident sees the decision, its timeline and what it changed. */
export function publishDecisionChange(change: DecisionChange): void {
  const room = `incident:${change.incidentId}`;
  publish(room, "decision:updated", { decision: change.decision });
  publishTimelineEvents(change.incidentId, change.events);
  if (change.incident) {
    publish(room, "incident:updated", { incident: change.incident });
    // As for every incident change: the list refetches (no content, so private incidents do not leak).
    publish("incidents", "incidents:changed", {});
  }
  if (change.checklists) publish(room, "checklist:updated", { checklists: change.checklists });
}

/** The step a client sends is the number of answers it saw; any other number means it is behind. */
export function assertCurrentStep(decision: DecisionRow, step: number): void {
  if (step !== decision.answers.length) {
    throw new AppError("conflict", "Someone answered first; here is the current state", {
      details: [{ field: "step", message: `the current step is ${decision.answers.length}` }],
    });
  }
}
