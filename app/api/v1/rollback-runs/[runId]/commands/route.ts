import { runCommandSchema, runIdParamsSchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { commandRollbackRun } from "@/lib/server/services/rollbacks/command-rollback-run";

export const POST = apiRoute({ permission: "rollbacks.run", params: runIdParamsSchema, body: runCommandSchema }, async ({ caller, params, body, requestId }) => ({
  run: await commandRollbackRun(caller, params.runId, body, requestId),
}));
