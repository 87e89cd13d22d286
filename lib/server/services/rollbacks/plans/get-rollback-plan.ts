import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../../auth/caller";
import { db } from "../../../db/client";
import { assertCan } from "../../../permissions/assert-can";
import { findPlanById } from "../../../queries/rollback-plans";
import { toRollbackPlanDto } from "./rollback-plan-dto";

export async function getRollbackPlan(actor: Actor, planId: string) {
  assertCan(actor, "services.read");
  const plan = await findPlanById(db(), planId);
  if (!plan || plan.archivedAt) throw new AppError("not_found", "No rollback plan with this id");
  return toRollbackPlanDto(plan);
}
