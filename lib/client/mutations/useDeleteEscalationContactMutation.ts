import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { escalationContactsQueryKey } from "@/lib/client/queries/useEscalationContactsQuery";
import { escalationContactResponseSchema, type EscalationContactsResponse } from "@/lib/client/schemas/escalation-contacts";

export function useDeleteEscalationContactMutation(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/escalation-contacts/${encodeURIComponent(contactId)}`, escalationContactResponseSchema, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.setQueryData<EscalationContactsResponse>(escalationContactsQueryKey, (data) =>
        data ? { contacts: data.contacts.filter((existing) => existing.id !== contactId) } : data,
      ),
  });
}
