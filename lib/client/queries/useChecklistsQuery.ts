import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { checklistsResponseSchema } from "@/lib/client/schemas/checklists";
import { incidentChecklistsQueryKey, incidentPath } from "./incident-query-keys";

export function useChecklistsQuery(ref: string) {
  return useQuery({
    queryKey: incidentChecklistsQueryKey(ref),
    queryFn: ({ signal }) => apiFetch(`${incidentPath(ref)}/checklists`, checklistsResponseSchema, { signal }),
  });
}
