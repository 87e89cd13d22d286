import "server-only";
import { searchQuerySchema } from "@/lib/domain/schemas/search";
import type { ApiOperation } from "./build-openapi-document";

/** Full-text search over incidents and post-mortems (docs/api.md). */
export const SEARCH_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "get",
    path: "/search",
    summary: "Search incidents (title, summary, service names, INC keys) and post-mortems, best match first, with highlighted snippets",
    permission: "incidents.read",
    query: searchQuerySchema,
    success: { status: 200, description: "{ query, incidents, postMortems }" },
  },
];
