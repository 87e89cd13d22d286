import { planIdParamsSchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { previewRollbackPlan } from "@/lib/server/services/rollbacks/plans/preview-rollback-plan";

/** POST: a preview talks to the targets (dry runs), so it is not a cacheable GET. */
export const POST = apiRoute({ permission: "rollbacks.run", params: planIdParamsSchema }, async ({ caller, params }) => ({ preview: await previewRollbackPlan(caller, params.planId) }));
