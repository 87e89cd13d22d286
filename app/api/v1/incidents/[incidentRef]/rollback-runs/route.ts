import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { listIncidentRollbackRuns } from "@/lib/server/services/rollbacks/list-rollback-runs";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({ runs: await listIncidentRollbackRuns(caller, params.incidentRef) }));
