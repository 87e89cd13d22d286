import { runIdParamsSchema } from "@/lib/domain/schemas/rollbacks";
import { apiRoute } from "@/lib/server/http/route";
import { getRollbackRun } from "@/lib/server/services/rollbacks/get-rollback-run";

export const GET = apiRoute({ permission: "incidents.read", params: runIdParamsSchema }, async ({ caller, params }) => ({ run: await getRollbackRun(caller, params.runId) }));
