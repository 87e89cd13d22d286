import { runIdParamsSchema, runLogsQuerySchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { listRollbackRunLogs } from "@/lib/server/services/rollbacks/get-rollback-run";

export const GET = apiRoute({ permission: "incidents.read", params: runIdParamsSchema, query: runLogsQuerySchema }, async ({ caller, params, query }) => ({
  lines: await listRollbackRunLogs(caller, params.runId, query.after),
}));
