import { incidentRefParamsSchema, transitionIncidentSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { transitionIncident } from "@/lib/server/services/transition-incident";

export const POST = apiRoute({ permission: "incidents.command", params: incidentRefParamsSchema, body: transitionIncidentSchema }, async ({ caller, params, body }) => ({
  incident: await transitionIncident(caller, params.incidentRef, body),
}));
