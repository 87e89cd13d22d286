import "server-only";
import { PROCEDURE_LABELS, type OutcomeNode } from "@/lib/domain/decisions/decision-tree";
import { PRE_ROLLBACK_TEMPLATE_KEY } from "@/lib/domain/checklists/checklist-template";
import type { Actor } from "../auth/caller";
import type { Db } from "../db/client";
import { markDecisionDecided, stampIncidentDecidedAt } from "../queries/decisions";
import { createChecklistFromTemplate } from "./create-checklist-from-template";
import { recordTimelineEvent, type TimelineEventRow } from "./record-timeline-event";

/**
 * What reaching an outcome does, inside the transaction of the answer that
 * reached it: the decision is decided, the incident records when it first
 * was (its decidedAt, never moved afterwards), and a full rollback starts
 * with the pre-rollback checklist.
 */
export async function concludeDecision(tx: Db, actor: Actor, incidentId: string, decisionId: string, outcome: OutcomeNode) {
  const decidedAt = new Date();
  await markDecisionDecided(tx, decisionId, { outcomeNodeId: outcome.id, decidedAt });
  const incidentChanged = (await stampIncidentDecidedAt(tx, incidentId, decidedAt)) > 0;
  const procedureLabel = outcome.procedure ? PROCEDURE_LABELS[outcome.procedure] : null;
  const events: TimelineEventRow[] = [
    await recordTimelineEvent(tx, actor, incidentId, {
      kind: "decision.decided",
      summary: `Decided: ${outcome.title}${procedureLabel ? ` (${procedureLabel})` : ""}`,
      payload: { decisionId, outcomeNodeId: outcome.id, procedure: outcome.procedure ?? null },
    }),
  ];
  const checklistEvent = outcome.procedure === "full_rollback" ? await createChecklistFromTemplate(tx, actor, incidentId, PRE_ROLLBACK_TEMPLATE_KEY) : null;
  if (checklistEvent) events.push(checklistEvent);
  return { events, incidentChanged, checklistCreated: checklistEvent !== null };
}
