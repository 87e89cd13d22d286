import "server-only";
import type { Actor } from "../../../auth/caller";
import { db } from "../../../db/client";
import { assertCan } from "../../../permissions/assert-can";
import { listPlansOfService } from "../../../queries/rollback-plans";
import { loadServiceByRef } from "../../health/load-service";
import { toRollbackPlanDto } from "./rollback-plan-dto";

export async function listRollbackPlans(actor: Actor, serviceRef: string) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  return (await listPlansOfService(db(), service.id)).map(toRollbackPlanDto);
}
