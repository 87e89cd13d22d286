import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { apiTokensResponseSchema } from "@/lib/client/schemas/api-tokens";

export const tokensQueryKey = ["tokens"] as const;

export function useTokensQuery() {
  return useQuery({
    queryKey: tokensQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/tokens", apiTokensResponseSchema, { signal }),
  });
}
