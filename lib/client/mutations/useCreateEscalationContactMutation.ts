import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { escalationContactsQueryKey } from "@/lib/client/queries/useEscalationContactsQuery";
import { escalationContactResponseSchema, type Availability } from "@/lib/client/schemas/escalation-contacts";
import type { EscalationLevel } from "@/lib/domain/incidents/time-budget";

export type EscalationContactInput = { level: EscalationLevel; name: string; contact: string; availability: Availability };

export function useCreateEscalationContactMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EscalationContactInput) =>
      apiFetch("/api/v1/escalation-contacts", escalationContactResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: escalationContactsQueryKey }),
  });
}
