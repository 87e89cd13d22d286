import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateApiTokenInput } from "@/lib/domain/schemas/api-tokens";
import { apiFetch } from "@/lib/client/api-fetch";
import { tokensQueryKey } from "@/lib/client/queries/useTokensQuery";
import { createApiTokenResponseSchema } from "@/lib/client/schemas/api-tokens";

export function useCreateTokenMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiTokenInput) => apiFetch("/api/v1/tokens", createApiTokenResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
