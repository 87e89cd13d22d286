import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toChecklistDto } from "../dto/checklist";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { listIncidentChecklists } from "../queries/checklists";

/** GET /incidents/{ref}/checklists: the incident's checklists, oldest first, items in template order. */
export async function getIncidentChecklists(actor: Actor, incidentRef: string) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, incidentRef);
  return (await listIncidentChecklists(db(), incident.id)).map(toChecklistDto);
}
