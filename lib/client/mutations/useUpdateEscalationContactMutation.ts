import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { escalationContactsQueryKey } from "@/lib/client/queries/useEscalationContactsQuery";
import { escalationContactResponseSchema, type EscalationContactsResponse } from "@/lib/client/schemas/escalation-contacts";
import type { EscalationContactInput } from "./useCreateEscalationContactMutation";

export function useUpdateEscalationContactMutation(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<EscalationContactInput>) =>
      apiFetch(`/api/v1/escalation-contacts/${encodeURIComponent(contactId)}`, escalationContactResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ contact }) =>
      queryClient.setQueryData<EscalationContactsResponse>(escalationContactsQueryKey, (data) =>
        data ? { contacts: data.contacts.map((existing) => (existing.id === contact.id ? contact : existing)) } : data,
      ),
  });
}
