import { planIdParamsSchema, startRunSchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { startRollbackRun } from "@/lib/server/services/rollbacks/start-rollback-run";

export const POST = apiRoute({ permission: "rollbacks.run", params: planIdParamsSchema, body: startRunSchema, status: 201 }, async ({ caller, params, body, requestId }) => ({
  run: await startRollbackRun(caller, params.planId, body, requestId),
}));
