import { serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { apiRoute } from "@/lib/server/http/route";
import { createRollbackPlan } from "@/lib/server/services/rollbacks/plans/create-rollback-plan";
import { listRollbackPlans } from "@/lib/server/services/rollbacks/plans/list-rollback-plans";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema }, async ({ caller, params }) => ({ plans: await listRollbackPlans(caller, params.serviceId) }));

export const POST = apiRoute({ permission: "runbooks.manage", params: serviceRefParamsSchema, body: planInputSchema, status: 201 }, async ({ caller, params, body, requestId }) => ({
  plan: await createRollbackPlan(caller, params.serviceId, body, requestId),
}));
