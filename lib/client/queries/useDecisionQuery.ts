import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { decisionResponseSchema } from "@/lib/client/schemas/decisions";
import { incidentDecisionQueryKey, incidentPath } from "./incident-query-keys";

/** The incident's latest guided decision, or `{ decision: null }` before one starts. */
export function useDecisionQuery(ref: string) {
  return useQuery({
    queryKey: incidentDecisionQueryKey(ref),
    queryFn: ({ signal }) => apiFetch(`${incidentPath(ref)}/decision`, decisionResponseSchema, { signal }),
  });
}
