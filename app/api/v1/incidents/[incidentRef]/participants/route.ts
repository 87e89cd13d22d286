import { addParticipantSchema, incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { addParticipant } from "@/lib/server/services/add-participant";

export const POST = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, body: addParticipantSchema, status: 201 }, async ({ caller, params, body }) => ({
  incident: await addParticipant(caller, params.incidentRef, body),
}));
