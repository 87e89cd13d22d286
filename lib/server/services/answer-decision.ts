import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { answerQuestion, DecisionWalkError, type RecordedAnswer, type WalkResult } from "@/lib/domain/decisions/walk-tree";
import type { AnswerDecisionInput } from "@/lib/domain/schemas/decisions";
import type { Actor } from "../auth/caller";
import { db, type Db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { findLatestDecision, insertDecisionAnswer, lockIncidentDecisions } from "../queries/decisions";
import { concludeDecision } from "./conclude-decision";
import { readHealthFigures } from "./health/read-health-figures";
import { assertCurrentStep, publishDecisionChange, readDecisionChange } from "./decision-change";
import { recordTimelineEvent } from "./record-timeline-event";

/**
 * POST /incidents/{ref}/decision/answers: records one answer. The client
 * names the step it saw, so of two commanders answering the same question
 * only the first lands; the other gets 409 and the current state. An answer
 * that reaches an outcome concludes the decision in the same transaction.
 */
export async function answerDecision(actor: Actor, incidentRef: string, input: AnswerDecisionInput) {
  assertCan(actor, "incidents.command");
  try {
    const change = await db().$transaction(async (tx) => {
      const incident = await loadVisibleIncident(tx, actor, incidentRef);
      await lockIncidentDecisions(tx, incident.id);
      const decision = await findDecisionInProgress(tx, incident.id);
      assertCurrentStep(decision, input.step);
      const recorded: RecordedAnswer[] = decision.answers.map(({ nodeId, answerId }) => ({ nodeId, answerId }));
      const walk = walkWithAnswer(decision.treeVersion.content, recorded, { nodeId: input.nodeId, answerId: input.answerId });
      const answered = walk.path[input.step];
      if (!answered) throw new Error("The walk did not record the new answer");

      await insertDecisionAnswer(tx, {
        decisionId: decision.id,
        position: input.step,
        nodeId: input.nodeId,
        answerId: input.answerId,
        answeredById: actor.userId,
        answeredByName: actor.name,
        healthSnapshot: (await readHealthFigures(tx, incident.services.map(({ service }) => service.id), incident.detectedAt)) ?? undefined,
      });
      const answeredEvent = await recordTimelineEvent(tx, actor, incident.id, {
        kind: "decision.answered",
        summary: `Answered "${answered.question.prompt}": ${answered.answer.label}`,
        payload: { decisionId: decision.id, step: input.step, nodeId: input.nodeId, answerId: input.answerId },
      });
      if (!walk.outcome) return readDecisionChange(tx, incident, { events: [answeredEvent], incidentChanged: false, checklistCreated: false });

      const concluded = await concludeDecision(tx, actor, incident.id, decision.id, walk.outcome);
      return readDecisionChange(tx, incident, { ...concluded, events: [answeredEvent, ...concluded.events] });
    });
    publishDecisionChange(change);
    return change.decision;
  } catch (error) {
    // The lock makes this rare, but the unique (decisionId, position) has the last word.
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "Someone answered first; here is the current state", { details: [{ field: "step", message: "this step was answered already" }] });
    }
    throw error;
  }
}

async function findDecisionInProgress(tx: Db, incidentId: string) {
  const decision = await findLatestDecision(tx, incidentId);
  if (!decision || decision.status === "abandoned") throw new AppError("conflict", "No decision is in progress; start one first");
  if (decision.status === "decided") throw new AppError("conflict", "The decision already reached an outcome; go back a step or restart it");
  return decision;
}

/** Walk errors are the client's mistake: name the field that was wrong. */
function walkWithAnswer(tree: DecisionTree, recorded: RecordedAnswer[], next: RecordedAnswer): WalkResult {
  try {
    return answerQuestion(tree, recorded, next);
  } catch (error) {
    if (error instanceof DecisionWalkError && error.code === "answer_not_offered") {
      throw new AppError("bad_request", error.message, { details: [{ field: "answerId", message: error.message }] });
    }
    if (error instanceof DecisionWalkError && error.code === "not_current_question") {
      throw new AppError("bad_request", error.message, { details: [{ field: "nodeId", message: error.message }] });
    }
    throw error;
  }
}
