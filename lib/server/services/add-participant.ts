import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { AddParticipantInput } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";
import { insertParticipant } from "../queries/incident-participants";
import { findIncidentByIdOrThrow } from "../queries/incidents";
import { loadActiveUser } from "./incident-guards";
import { publishIncidentChange } from "./publish-incident-change";
import { recordTimelineEvent } from "./record-timeline-event";

/**
 * Adds a person to the incident (which lets them see it when it is private).
 * The participant role is a label for the people list; who commands is the
 * incident's `commanderId` (PATCH). To change a role, remove and add again.
 */
export async function addParticipant(actor: Actor, ref: string, input: AddParticipantInput) {
  assertCan(actor, "incidents.command");
  try {
    const { incident, event } = await db().$transaction(async (tx) => {
      const before = await loadVisibleIncident(tx, actor, ref);
      if (before.participants.some(({ user }) => user.id === input.userId)) throw alreadyTakesPart();
      const user = await loadActiveUser(tx, input.userId, "userId");
      await insertParticipant(tx, { incidentId: before.id, userId: user.id, role: input.role });
      const incident = await findIncidentByIdOrThrow(tx, before.id);
      const event = await recordTimelineEvent(tx, actor, incident.id, {
        kind: "participant.added",
        summary: `${actor.name} added ${user.name} as ${input.role}`,
        payload: { userId: user.id, name: user.name, role: input.role },
      });
      return { incident, event };
    });
    await publishIncidentChange(incident, [event]);
    return toIncidentDto(incident);
  } catch (error) {
    // Two people adding the same person at once: the second insert hits the primary key.
    if (isUniqueViolation(error)) throw alreadyTakesPart();
    throw error;
  }
}

function alreadyTakesPart(): AppError {
  return new AppError("conflict", "This person already takes part in the incident", { details: [{ field: "userId", message: "is already a participant" }] });
}
