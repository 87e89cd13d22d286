import { incidentRefParamsSchema, updateIncidentSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { getIncident } from "@/lib/server/services/get-incident";
import { updateIncident } from "@/lib/server/services/update-incident";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({
  incident: await getIncident(caller, params.incidentRef),
}));

export const PATCH = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, body: updateIncidentSchema }, async ({ caller, params, body }) => ({
  incident: await updateIncident(caller, params.incidentRef, body),
}));
