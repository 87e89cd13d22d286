import { searchQuerySchema } from "@/lib/domain/schemas/search";
import { apiRoute } from "@/lib/server/http/route";
import { searchIncidents } from "@/lib/server/services/search-incidents";

export const GET = apiRoute({ permission: "incidents.read", query: searchQuerySchema }, async ({ caller, query }) => await searchIncidents(caller, query));
