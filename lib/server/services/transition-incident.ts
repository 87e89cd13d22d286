import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { allowedNextStatuses, canTransition, milestoneFor, type IncidentStatus } from "@/lib/domain/incidents/lifecycle";
import type { TransitionIncidentInput } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";
import { findIncidentByIdOrThrow, updateIncidentIfVersion } from "../queries/incidents";
import { markServiceRestored, publishRestoredChecklists } from "./checklists/mark-service-restored";
import { assertCurrentVersion, staleVersionError } from "./incident-guards";
import { applyPostMortemRules } from "./post-mortems/apply-post-mortem-rules";
import { publishIncidentChange } from "./publish-incident-change";
import { recordTimelineEvent } from "./record-timeline-event";

/**
 * Moves an incident along its lifecycle (lib/domain/incidents/lifecycle).
 * Entering a status with a milestone stamps it the first time only, so a
 * reopened incident keeps when it was first resolved.
 */
export async function transitionIncident(actor: Actor, ref: string, input: TransitionIncidentInput) {
  assertCan(actor, "incidents.command");
  const { incident, events, restored } = await db().$transaction(async (tx) => {
    const before = await loadVisibleIncident(tx, actor, ref);
    assertCurrentVersion(before, input.version);
    if (!canTransition(before.status, input.to)) throw illegalTransitionError(before.status, input.to);
    const milestone = milestoneFor(input.to, before);
    const changes = milestone ? { status: input.to, [milestone]: new Date() } : { status: input.to };
    if (!(await updateIncidentIfVersion(tx, before.id, input.version, changes))) throw staleVersionError();
    const incident = await findIncidentByIdOrThrow(tx, before.id);
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "incident.status_changed",
      summary: `${actor.name} moved INC-${incident.number} from ${before.status} to ${input.to}`,
      payload: { from: before.status, to: input.to, note: input.note ?? null, milestone },
    });
    // Resolving drafts the post-mortem; closing needs it published (a 409 rolls all of this back).
    const postMortemEvents = await applyPostMortemRules(tx, actor, incident, input.to);
    // Entering monitoring means service is back: the first time, the post-rollback checklists start.
    const restored = input.to === "monitoring" ? await markServiceRestored(tx, actor, incident.id, `${actor.name} moved the incident to monitoring`) : null;
    return { incident, events: [event, ...postMortemEvents, ...(restored?.events ?? [])], restored };
  });
  await publishIncidentChange(incident, events);
  publishRestoredChecklists(restored);
  return toIncidentDto(incident);
}

function illegalTransitionError(from: IncidentStatus, to: IncidentStatus): AppError {
  const allowed = allowedNextStatuses(from);
  const message = allowed.length > 0 ? `allowed: ${allowed.join(", ")}` : "allowed: none (closed is final)";
  return new AppError("conflict", `An incident that is ${from} cannot move to ${to}`, { details: [{ field: "to", message }] });
}
