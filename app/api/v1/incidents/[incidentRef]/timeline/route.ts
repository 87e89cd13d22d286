import { incidentRefParamsSchema, listTimelineQuerySchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { listTimeline } from "@/lib/server/services/list-timeline";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema, query: listTimelineQuerySchema }, async ({ caller, params, query }) =>
  listTimeline(caller, params.incidentRef, query),
);
