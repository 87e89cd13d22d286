import { startDecisionSchema } from "@/lib/domain/schemas/decisions";
import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { getDecision } from "@/lib/server/services/get-decision";
import { startDecision } from "@/lib/server/services/start-decision";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({
  decision: await getDecision(caller, params.incidentRef),
}));

export const POST = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, body: startDecisionSchema, status: 201 }, async ({ caller, params, body }) => ({
  decision: await startDecision(caller, params.incidentRef, body),
}));
