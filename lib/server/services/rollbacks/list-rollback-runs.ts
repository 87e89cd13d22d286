import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { isVisibleTo, loadVisibleIncident } from "../../permissions/incident-access";
import { assertCan } from "../../permissions/assert-can";
import { findIncidentByRef } from "../../queries/incidents";
import { listRunsOfIncident, listRunsOfService } from "../../queries/rollback-runs";
import { loadServiceByRef } from "../health/load-service";
import { toRollbackRunDto } from "./rollback-run-dto";

const SERVICE_HISTORY = 50;

/** A service's rollbacks and drills, newest first; runs of private incidents only for those who may see them. */
export async function listServiceRollbackRuns(actor: Actor, serviceRef: string, mode: "live" | "drill" | undefined) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  const runs = await listRunsOfService(db(), service.id, { mode, take: SERVICE_HISTORY });
  const visible = [];
  for (const run of runs) {
    if (run.incident?.private) {
      const incident = await findIncidentByRef(db(), run.incident.id);
      if (!incident || !isVisibleTo(actor, incident)) continue;
    }
    visible.push(toRollbackRunDto(run));
  }
  return visible;
}

export async function listIncidentRollbackRuns(actor: Actor, incidentRef: string) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, incidentRef);
  return (await listRunsOfIncident(db(), incident.id)).map(toRollbackRunDto);
}
