import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";

/** `ref` is `INC-42` or the uuid; a private incident the actor does not take part in is not found. */
export async function getIncident(actor: Actor, ref: string) {
  assertCan(actor, "incidents.read");
  return toIncidentDto(await loadVisibleIncident(db(), actor, ref));
}
