import "server-only";
import { INCIDENT_STATUSES, isOpen, type IncidentStatus } from "@/lib/domain/incidents/lifecycle";
import type { ListIncidentsQuery } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { listVisibleIncidents } from "../queries/incidents";

const OPEN_STATUSES = INCIDENT_STATUSES.filter(isOpen);

/** Newest first; private incidents only for their participants and admins (filtered in the query). */
export async function listIncidents(actor: Actor, query: ListIncidentsQuery) {
  assertCan(actor, "incidents.read");
  const rows = await listVisibleIncidents(db(), actor, { statuses: statusesFor(query.status), severity: query.severity, serviceId: query.serviceId });
  return rows.map(toIncidentDto);
}

function statusesFor(status: ListIncidentsQuery["status"]): readonly IncidentStatus[] | undefined {
  if (status === "all") return undefined;
  if (status === "open") return OPEN_STATUSES;
  return [status];
}
