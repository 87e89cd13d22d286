import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeDecision } from "@/lib/client/incident-cache";
import { incidentDecisionQueryKey, incidentPath } from "@/lib/client/queries/incident-query-keys";
import { decisionMutationResponseSchema } from "@/lib/client/schemas/decisions";

/** The wizard's Back button: removes the last answer, naming the step seen so a stale click is refused. */
export function useUndoLastAnswerMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { step: number }) =>
      apiFetch(`${incidentPath(ref)}/decision/answers/last?step=${input.step}`, decisionMutationResponseSchema, { method: "DELETE" }),
    onSuccess: ({ decision }) => writeDecision(queryClient, ref, decision),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: incidentDecisionQueryKey(ref) });
    },
  });
}
