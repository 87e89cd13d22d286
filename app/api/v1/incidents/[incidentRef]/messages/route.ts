import { sendMessageSchema } from "@/lib/domain/schemas/communications";
import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { listIncidentMessages } from "@/lib/server/services/communications/list-incident-messages";
import { sendIncidentMessage } from "@/lib/server/services/communications/send-incident-message";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => listIncidentMessages(caller, params.incidentRef));

export const POST = apiRoute({ permission: "communications.send", params: incidentRefParamsSchema, body: sendMessageSchema, status: 201 }, async ({ caller, params, body }) => ({
  message: await sendIncidentMessage(caller, params.incidentRef, body),
}));
