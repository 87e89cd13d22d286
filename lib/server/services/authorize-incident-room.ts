import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { isVisibleTo } from "../permissions/incident-access";
import { findIncidentByRef } from "../queries/incidents";

/**
 * Whether the actor may watch `incident:<id>`: the same visibility rule as the
 * API, so a private incident they do not take part in and a missing one look
 * alike. The role rule (`canJoinRoom`) is checked before this.
 */
export async function authorizeIncidentRoom(actor: Actor, incidentId: string): Promise<boolean> {
  const incident = await findIncidentByRef(db(), incidentId);
  return incident !== null && isVisibleTo(actor, incident);
}
