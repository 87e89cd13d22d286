import { undoLastAnswerQuerySchema } from "@/lib/domain/schemas/decisions";
import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { undoLastAnswer } from "@/lib/server/services/undo-last-answer";

/** The back button: withdraws the last answer. */
export const DELETE = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, query: undoLastAnswerQuerySchema }, async ({ caller, params, query }) => ({
  decision: await undoLastAnswer(caller, params.incidentRef, query),
}));
