import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { getIncidentChecklists } from "@/lib/server/services/get-incident-checklists";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({
  checklists: await getIncidentChecklists(caller, params.incidentRef),
}));
