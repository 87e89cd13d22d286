import { participantParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { removeParticipant } from "@/lib/server/services/remove-participant";

export const DELETE = apiRoute({ permission: "incidents.command", params: participantParamsSchema }, async ({ caller, params }) => ({
  incident: await removeParticipant(caller, params.incidentRef, params.userId),
}));
