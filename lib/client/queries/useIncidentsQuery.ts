import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentsResponseSchema } from "@/lib/client/schemas/incidents";

export type IncidentsFilter = "open" | "all";

/** Prefix of every incidents-list query, whatever its filter. */
export const incidentsQueryKey = ["incidents"] as const;

export function useIncidentsQuery(filter: IncidentsFilter) {
  return useQuery({
    queryKey: [...incidentsQueryKey, filter],
    queryFn: ({ signal }) => apiFetch(`/api/v1/incidents?status=${filter}`, incidentsResponseSchema, { signal }),
    // Switching the filter keeps the current rows on screen until the other list arrives.
    placeholderData: keepPreviousData,
  });
}
