import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UndoLastAnswerQuery } from "@/lib/domain/schemas/decisions";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { deleteDecisionAnswer, findLatestDecision, lockIncidentDecisions, reopenDecision } from "../queries/decisions";
import { assertCurrentStep, publishDecisionChange, readDecisionChange } from "./decision-change";
import { recordTimelineEvent } from "./record-timeline-event";

/**
 * DELETE /incidents/{ref}/decision/answers/last?step=N: the back button.
 * Withdraws the last answer; a decided decision reopens its last question.
 * What the outcome already did stays: the incident's decidedAt is a
 * milestone, and a created checklist may already have ticks.
 */
export async function undoLastAnswer(actor: Actor, incidentRef: string, query: UndoLastAnswerQuery) {
  assertCan(actor, "incidents.command");
  const change = await db().$transaction(async (tx) => {
    const incident = await loadVisibleIncident(tx, actor, incidentRef);
    await lockIncidentDecisions(tx, incident.id);
    const decision = await findLatestDecision(tx, incident.id);
    if (!decision || decision.status === "abandoned") throw new AppError("conflict", "No decision is in progress; start one first");
    assertCurrentStep(decision, query.step);
    const last = decision.answers[decision.answers.length - 1];
    if (!last) throw new AppError("conflict", "There is no answer to go back from", { details: [{ field: "step", message: "the decision is at its first question" }] });

    await deleteDecisionAnswer(tx, last.id);
    if (decision.status === "decided") await reopenDecision(tx, decision.id);
    const question = decision.treeVersion.content.nodes.find((node) => node.id === last.nodeId);
    const prompt = question?.kind === "question" ? question.prompt : last.nodeId;
    const label = question?.kind === "question" ? (question.answers.find((answer) => answer.id === last.answerId)?.label ?? last.answerId) : last.answerId;
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "decision.back",
      summary: `Went back to "${prompt}" (withdrew ${label})`,
      payload: { decisionId: decision.id, step: last.position, nodeId: last.nodeId, answerId: last.answerId, reopened: decision.status === "decided" },
    });
    return readDecisionChange(tx, incident, { events: [event], incidentChanged: false, checklistCreated: false });
  });
  publishDecisionChange(change);
  return change.decision;
}
