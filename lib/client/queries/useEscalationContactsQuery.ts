import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { escalationContactsResponseSchema } from "@/lib/client/schemas/escalation-contacts";

export const escalationContactsQueryKey = ["escalation-contacts"] as const;

export function useEscalationContactsQuery() {
  return useQuery({
    queryKey: escalationContactsQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/escalation-contacts", escalationContactsResponseSchema, { signal }),
  });
}
