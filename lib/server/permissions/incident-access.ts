import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { canSeeIncident } from "@/lib/domain/permissions";
import type { Actor } from "../auth/caller";
import type { Db } from "../db/client";
import { findIncidentByRef, type IncidentRow } from "../queries/incidents";

/**
 * Loads an incident the actor may see. Missing and private-to-others answer
 * alike (404), so a private incident's existence does not leak.
 */
export async function loadVisibleIncident(db: Db, actor: Actor, ref: string): Promise<IncidentRow> {
  const incident = await findIncidentByRef(db, ref);
  if (!incident || !isVisibleTo(actor, incident)) throw new AppError("not_found", "No incident with this id");
  return incident;
}

export function isVisibleTo(actor: Actor, incident: Pick<IncidentRow, "private" | "participants">): boolean {
  return canSeeIncident(actor, { private: incident.private, participantUserIds: incident.participants.map((participant) => participant.user.id) });
}
