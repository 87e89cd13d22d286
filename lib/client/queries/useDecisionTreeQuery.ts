import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { decisionTreeResponseSchema } from "@/lib/client/schemas/decisions";

export const decisionTreeQueryKey = ["decision-tree", "default"] as const;

/** The active (highest) version of the default tree, and the list of all versions. */
export function useDecisionTreeQuery() {
  return useQuery({
    queryKey: decisionTreeQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/decision-trees/default", decisionTreeResponseSchema, { signal }),
  });
}
