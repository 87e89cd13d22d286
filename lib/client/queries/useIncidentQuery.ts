import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentResponseSchema } from "@/lib/client/schemas/incidents";
import { incidentPath, incidentQueryKey } from "./incident-query-keys";

export function useIncidentQuery(ref: string) {
  return useQuery({
    queryKey: incidentQueryKey(ref),
    queryFn: ({ signal }) => apiFetch(incidentPath(ref), incidentResponseSchema, { signal }),
  });
}
