import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { matrixRowFor } from "@/lib/domain/decisions/decision-matrix";
import type { DeclareIncidentInput, ParticipantRole } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { insertIncident } from "../queries/incidents";
import { findActiveServicesByIds } from "../queries/services";
import { loadCommanderCandidate } from "./incident-guards";
import { publishIncidentChange } from "./publish-incident-change";
import { recordTimelineEvent } from "./record-timeline-event";

/** Browsers' clocks run a little ahead of ours; "now" from one of them is still now. */
const CLOCK_SKEW_MS = 60_000;

export async function declareIncident(actor: Actor, input: DeclareIncidentInput) {
  assertCan(actor, "incidents.command");
  const now = new Date();
  const detectedAt = detectedAtOf(input.detectedAt, now);
  const declaringUserId = actor.kind === "user" ? actor.userId : null;
  const commanderId = input.commanderId ?? declaringUserId;
  const scenario = input.scenario ?? null;
  const isPrivate = input.private ?? matrixRowFor({ scenario })?.privateByDefault ?? false;
  // Naming a service twice is harmless; linking it twice would break the primary key.
  const serviceIds = [...new Set(input.serviceIds)];

  const { incident, event } = await db().$transaction(async (tx) => {
    const found = await findActiveServicesByIds(tx, serviceIds);
    const missing = serviceIds.filter((id) => !found.some((service) => service.id === id));
    if (missing.length > 0) {
      throw new AppError("bad_request", `No service with the id ${missing.join(", ")}`, { details: [{ field: "serviceIds", message: `unknown service: ${missing.join(", ")}` }] });
    }
    if (commanderId) await loadCommanderCandidate(tx, commanderId);
    const incident = await insertIncident(tx, {
      title: input.title,
      summary: input.summary ?? null,
      severity: input.severity,
      scenario,
      private: isPrivate,
      commanderId,
      detectedAt,
      serviceIds,
      participants: initialParticipants(declaringUserId, commanderId),
    });
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "incident.declared",
      summary: `${actor.name} declared INC-${incident.number} (${incident.severity}): ${incident.title}`,
      payload: { severity: incident.severity, scenario, private: isPrivate, serviceIds, commanderId, detectedAt: detectedAt.toISOString() },
    });
    return { incident, event };
  });
  await publishIncidentChange(incident, [event]);
  return toIncidentDto(incident);
}

function detectedAtOf(value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const detectedAt = new Date(value);
  if (detectedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError("bad_request", "detectedAt lies in the future", { details: [{ field: "detectedAt", message: "may not be in the future" }] });
  }
  // Within the skew allowance: never let detection come after the declaration.
  return detectedAt > now ? now : detectedAt;
}

/** The commander and the person declaring take part from the start, so a private incident stays visible to them. */
function initialParticipants(declaringUserId: string | null, commanderId: string | null): { userId: string; role: ParticipantRole }[] {
  const participants: { userId: string; role: ParticipantRole }[] = [];
  if (commanderId) participants.push({ userId: commanderId, role: "commander" });
  if (declaringUserId && declaringUserId !== commanderId) participants.push({ userId: declaringUserId, role: "responder" });
  return participants;
}
