import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { PlanInput } from "@/lib/domain/rollback/plan";
import type { Actor } from "../../../auth/caller";
import type { Prisma } from "../../../db/generated/client";
import { assertCan } from "../../../permissions/assert-can";
import { findPlanByName, insertPlan } from "../../../queries/rollback-plans";
import { loadServiceByRef } from "../../health/load-service";
import { commitWithAuditEvent } from "../../record-audit-event";
import { toRollbackPlanDto } from "./rollback-plan-dto";
import { validatedPlan } from "./validate-plan";

export async function createRollbackPlan(actor: Actor, serviceRef: string, input: PlanInput, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const plan = validatedPlan(input);
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const service = await loadServiceByRef(tx, serviceRef);
    if (await findPlanByName(tx, service.id, plan.name)) throw new AppError("conflict", `${service.name} already has a plan named “${plan.name}”`, { details: [{ field: "name", message: "is taken for this service" }] });
    const row = await insertPlan(tx, {
      serviceId: service.id,
      type: plan.type,
      name: plan.name,
      description: plan.description ?? null,
      steps: plan.steps as Prisma.InputJsonArray,
      verification: plan.verification as Prisma.InputJsonObject,
    });
    return { result: row, audit: { action: "rollback_plan.created", targetType: "rollback_plan", targetId: row.id, payload: { serviceId: service.id, name: row.name, type: row.type, steps: plan.steps.length } } };
  });
  return toRollbackPlanDto(row);
}
