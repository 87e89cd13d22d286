import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toDecisionDto } from "../dto/decision";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { findLatestDecision } from "../queries/decisions";

/** GET /incidents/{ref}/decision: the incident's current decision, or null before the first one. */
export async function getDecision(actor: Actor, incidentRef: string) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, incidentRef);
  const decision = await findLatestDecision(db(), incident.id);
  return decision ? toDecisionDto(decision, incident) : null;
}
