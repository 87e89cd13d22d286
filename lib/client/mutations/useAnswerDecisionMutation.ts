import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeDecision } from "@/lib/client/incident-cache";
import { incidentDecisionQueryKey, incidentPath } from "@/lib/client/queries/incident-query-keys";
import { decisionMutationResponseSchema } from "@/lib/client/schemas/decisions";

export type AnswerDecisionInput = { step: number; nodeId: string; answerId: string };

export function useAnswerDecisionMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerDecisionInput) =>
      apiFetch(`${incidentPath(ref)}/decision/answers`, decisionMutationResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ decision }) => writeDecision(queryClient, ref, decision),
    // 409: `step` is stale because someone answered first; fetch the state they left.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: incidentDecisionQueryKey(ref) });
    },
  });
}
