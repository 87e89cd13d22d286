import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../../auth/caller";
import { assertCan } from "../../../permissions/assert-can";
import { findPlanById, updatePlanAtVersion } from "../../../queries/rollback-plans";
import { commitWithAuditEvent } from "../../record-audit-event";

/** Plans are archived, never deleted: past runs and drills still point at them. */
export async function archiveRollbackPlan(actor: Actor, planId: string, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  await commitWithAuditEvent(actor, requestId, async (tx) => {
    const plan = await findPlanById(tx, planId);
    if (!plan || plan.archivedAt) throw new AppError("not_found", "No rollback plan with this id");
    await updatePlanAtVersion(tx, planId, plan.version, { archivedAt: new Date() });
    return { result: undefined, audit: { action: "rollback_plan.archived", targetType: "rollback_plan", targetId: planId, payload: { name: plan.name } } };
  });
}
