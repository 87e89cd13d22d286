import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { PlanInput } from "@/lib/domain/rollback/plan";
import type { Actor } from "../../../auth/caller";
import type { Prisma } from "../../../db/generated/client";
import { assertCan } from "../../../permissions/assert-can";
import { findPlanById, findPlanByName, updatePlanAtVersion } from "../../../queries/rollback-plans";
import { commitWithAuditEvent } from "../../record-audit-event";
import { toRollbackPlanDto } from "./rollback-plan-dto";
import { validatedPlan } from "./validate-plan";

/** Runs already started keep the steps they started with (each run snapshots its plan). */
export async function updateRollbackPlan(actor: Actor, planId: string, input: PlanInput & { version: number }, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const plan = validatedPlan(input);
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findPlanById(tx, planId);
    if (!before || before.archivedAt) throw new AppError("not_found", "No rollback plan with this id");
    const sameName = await findPlanByName(tx, before.serviceId, plan.name);
    if (sameName && sameName.id !== planId) throw new AppError("conflict", `Another plan of this service is named “${plan.name}”`, { details: [{ field: "name", message: "is taken for this service" }] });
    const row = await updatePlanAtVersion(tx, planId, input.version, {
      type: plan.type,
      name: plan.name,
      description: plan.description ?? null,
      steps: plan.steps as Prisma.InputJsonArray,
      verification: plan.verification as Prisma.InputJsonObject,
    });
    if (!row) throw new AppError("conflict", "Someone changed this plan first; here is its current state", { extra: { current: toRollbackPlanDto(before) } });
    return { result: row, audit: { action: "rollback_plan.updated", targetType: "rollback_plan", targetId: row.id, payload: { name: row.name, version: row.version, steps: plan.steps.length } } };
  });
  return toRollbackPlanDto(row);
}
