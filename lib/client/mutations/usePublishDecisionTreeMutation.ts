import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { decisionTreeQueryKey } from "@/lib/client/queries/useDecisionTreeQuery";
import { publishDecisionTreeResponseSchema } from "@/lib/client/schemas/decisions";

/**
 * Publishes a new version of the default tree. `content` is whatever the
 * admin typed: the server validates it and names each problem in a 400.
 */
export function usePublishDecisionTreeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: unknown) => apiFetch("/api/v1/decision-trees/default", publishDecisionTreeResponseSchema, { method: "PUT", body: { content } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionTreeQueryKey }),
  });
}
