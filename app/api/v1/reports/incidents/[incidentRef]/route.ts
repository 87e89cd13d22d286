import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { getIncidentReport } from "@/lib/server/services/reports/get-incident-report";

export const GET = apiRoute({ permission: "reports.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({
  incidentReport: await getIncidentReport(caller, params.incidentRef),
}));
