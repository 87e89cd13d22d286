import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeDecision } from "@/lib/client/incident-cache";
import { incidentDecisionQueryKey, incidentPath } from "@/lib/client/queries/incident-query-keys";
import { decisionMutationResponseSchema } from "@/lib/client/schemas/decisions";

/** Starts the guided decision, or with `restart` abandons the current one and starts afresh. */
export function useStartDecisionMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { restart?: boolean }) => apiFetch(`${incidentPath(ref)}/decision`, decisionMutationResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ decision }) => writeDecision(queryClient, ref, decision),
    // 409: another commander started one meanwhile; show theirs.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: incidentDecisionQueryKey(ref) });
    },
  });
}
