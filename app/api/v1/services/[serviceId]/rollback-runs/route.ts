import { serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { runListQuerySchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { listServiceRollbackRuns } from "@/lib/server/services/rollbacks/list-rollback-runs";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema, query: runListQuerySchema }, async ({ caller, params, query }) => ({
  runs: await listServiceRollbackRuns(caller, params.serviceId, query.mode),
}));
