import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";
import { deleteParticipant } from "../queries/incident-participants";
import { findIncidentByIdOrThrow } from "../queries/incidents";
import { publishIncidentChange } from "./publish-incident-change";
import { recordTimelineEvent } from "./record-timeline-event";

/** On a private incident, the person removed loses sight of it at once, including its live room. */
export async function removeParticipant(actor: Actor, ref: string, userId: string) {
  assertCan(actor, "incidents.command");
  const { incident, event } = await db().$transaction(async (tx) => {
    const before = await loadVisibleIncident(tx, actor, ref);
    const participant = before.participants.find(({ user }) => user.id === userId);
    if (!participant) throw new AppError("not_found", "This person does not take part in the incident");
    // Otherwise a private incident's own commander could no longer see it.
    if (before.commander?.id === userId) {
      throw new AppError("conflict", `${participant.user.name} commands this incident; name another commander first`, {
        details: [{ field: "userId", message: "is the incident commander" }],
      });
    }
    if (!(await deleteParticipant(tx, before.id, userId))) throw new AppError("not_found", "This person does not take part in the incident");
    const incident = await findIncidentByIdOrThrow(tx, before.id);
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "participant.removed",
      summary: `${actor.name} removed ${participant.user.name} (${participant.role})`,
      payload: { userId, name: participant.user.name, role: participant.role },
    });
    return { incident, event };
  });
  await publishIncidentChange(incident, [event], { narrowedVisibility: true });
  return toIncidentDto(incident);
}
