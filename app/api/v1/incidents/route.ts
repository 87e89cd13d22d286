import { declareIncidentSchema, listIncidentsQuerySchema } from "@/lib/domain/schemas/incidents";
import { apiRoute } from "@/lib/server/http/route";
import { declareIncident } from "@/lib/server/services/declare-incident";
import { listIncidents } from "@/lib/server/services/list-incidents";

export const GET = apiRoute({ permission: "incidents.read", query: listIncidentsQuerySchema }, async ({ caller, query }) => ({
  incidents: await listIncidents(caller, query),
}));

export const POST = apiRoute({ permission: "incidents.command", body: declareIncidentSchema, status: 201 }, async ({ caller, body }) => ({
  incident: await declareIncident(caller, body),
}));
