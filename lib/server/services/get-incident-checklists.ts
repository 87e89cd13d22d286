import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toChecklistDtoWithEvidence } from "../dto/checklist";
import { loadVisibleIncident } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { listIncidentChecklists } from "../queries/checklists";
import { loadAutoCheckEvidence } from "./checklists/load-auto-check-evidence";

/** GET /incidents/{ref}/checklists: the incident's checklists, oldest first, items in template order, with their verification evidence. */
export async function getIncidentChecklists(actor: Actor, incidentRef: string) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, incidentRef);
  const [checklists, evidence] = await Promise.all([listIncidentChecklists(db(), incident.id), loadAutoCheckEvidence(db(), incident.id)]);
  return checklists.map((checklist) => toChecklistDtoWithEvidence(checklist, evidence));
}
