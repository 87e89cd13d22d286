import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { StartDecisionInput } from "@/lib/domain/schemas/decisions";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { findLatestDecision, insertDecision, lockIncidentDecisions, markDecisionAbandoned } from "../queries/decisions";
import { publishDecisionChange, readDecisionChange } from "./decision-change";
import { ensureActiveDecisionTree } from "./get-active-decision-tree";
import { recordTimelineEvent, type TimelineEventRow } from "./record-timeline-event";

/**
 * POST /incidents/{ref}/decision: starts the guided decision on the active
 * tree version, which the decision keeps even if an admin publishes a new
 * one. An incident has one live decision: starting over (`restart`)
 * abandons the current one, in progress or decided.
 */
export async function startDecision(actor: Actor, incidentRef: string, input: StartDecisionInput) {
  assertCan(actor, "incidents.command");
  const change = await db().$transaction(async (tx) => {
    const incident = await loadVisibleIncident(tx, actor, incidentRef);
    await lockIncidentDecisions(tx, incident.id);
    const events: TimelineEventRow[] = [];
    const current = await findLatestDecision(tx, incident.id);
    if (current && current.status !== "abandoned") {
      if (!input.restart) {
        const state = current.status === "decided" ? "This incident already has a decision" : "A decision is already in progress";
        throw new AppError("conflict", `${state}; send restart: true to start over`, { details: [{ field: "restart", message: `the current decision is ${current.status}` }] });
      }
      await markDecisionAbandoned(tx, current.id);
      events.push(
        await recordTimelineEvent(tx, actor, incident.id, {
          kind: "decision.abandoned",
          summary: `Abandoned the ${current.status === "decided" ? "decided" : "unfinished"} decision to start over`,
          payload: { decisionId: current.id, status: current.status, step: current.answers.length },
        }),
      );
    }
    const tree = await ensureActiveDecisionTree(tx);
    const decision = await insertDecision(tx, { incidentId: incident.id, treeVersionId: tree.id });
    events.push(
      await recordTimelineEvent(tx, actor, incident.id, {
        kind: "decision.started",
        summary: `Started the guided decision (${tree.content.name}, version ${tree.version})`,
        payload: { decisionId: decision.id, treeKey: tree.key, treeVersion: tree.version },
      }),
    );
    return readDecisionChange(tx, incident, { events, incidentChanged: false, checklistCreated: false });
  });
  publishDecisionChange(change);
  return change.decision;
}
