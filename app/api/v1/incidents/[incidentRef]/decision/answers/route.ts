import { answerDecisionSchema } from "@/lib/domain/schemas/decisions";
import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { answerDecision } from "@/lib/server/services/answer-decision";

export const POST = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, body: answerDecisionSchema }, async ({ caller, params, body }) => ({
  decision: await answerDecision(caller, params.incidentRef, body),
}));
