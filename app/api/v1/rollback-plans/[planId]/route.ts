import { planUpdateSchema } from "@/lib/domain/rollback/plan";
import { planIdParamsSchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { archiveRollbackPlan } from "@/lib/server/services/rollbacks/plans/archive-rollback-plan";
import { getRollbackPlan } from "@/lib/server/services/rollbacks/plans/get-rollback-plan";
import { updateRollbackPlan } from "@/lib/server/services/rollbacks/plans/update-rollback-plan";

export const GET = apiRoute({ permission: "services.read", params: planIdParamsSchema }, async ({ caller, params }) => ({ plan: await getRollbackPlan(caller, params.planId) }));

export const PUT = apiRoute({ permission: "runbooks.manage", params: planIdParamsSchema, body: planUpdateSchema }, async ({ caller, params, body, requestId }) => ({
  plan: await updateRollbackPlan(caller, params.planId, body, requestId),
}));

export const DELETE = apiRoute({ permission: "runbooks.manage", params: planIdParamsSchema }, async ({ caller, params, requestId }) => {
  await archiveRollbackPlan(caller, params.planId, requestId);
  return { archived: params.planId };
});
