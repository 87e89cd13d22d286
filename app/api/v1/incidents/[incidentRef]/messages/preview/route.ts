import { previewMessageQuerySchema } from "@/lib/domain/schemas/communications";
import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { previewIncidentMessage } from "@/lib/server/services/communications/preview-incident-message";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema, query: previewMessageQuerySchema }, async ({ caller, params, query }) => ({
  preview: await previewIncidentMessage(caller, params.incidentRef, query.template),
}));
