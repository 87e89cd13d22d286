import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { tokensQueryKey } from "@/lib/client/queries/useTokensQuery";
import { revokeApiTokenResponseSchema, type ApiTokensResponse } from "@/lib/client/schemas/api-tokens";

export function useRevokeTokenMutation(tokenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/tokens/${encodeURIComponent(tokenId)}`, revokeApiTokenResponseSchema, { method: "DELETE" }),
    onSuccess: ({ token }) =>
      queryClient.setQueryData<ApiTokensResponse>(tokensQueryKey, (data) =>
        data ? { tokens: data.tokens.map((existing) => (existing.id === token.id ? token : existing)) } : data,
      ),
  });
}
