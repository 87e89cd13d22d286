import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { secretPath, secretResponseSchema, secretsQueryKey, type SecretsResponse } from "@/lib/client/queries/secrets";
import type { CreateSecretInput, UpdateSecretInput } from "@/lib/domain/schemas/secrets";

const deletedResponseSchema = z.object({ deleted: z.string() });

/** A 409 means the list is out of date (someone else changed or added a secret): show what is stored now. */
function refreshOnConflict(queryClient: QueryClient, error: unknown) {
  if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: secretsQueryKey });
}

export function useCreateSecretMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSecretInput) => apiFetch("/api/v1/secrets", secretResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretsQueryKey }),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

/** Replaces the value and/or the description; `version` is the one the form was filled from. */
export function useUpdateSecretMutation(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSecretInput) => apiFetch(secretPath(name), secretResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ secret }) =>
      queryClient.setQueryData<SecretsResponse>(secretsQueryKey, (data) => (data ? { secrets: data.secrets.map((existing) => (existing.id === secret.id ? secret : existing)) } : data)),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

/** The server refuses (409) while a rollback plan still names the secret. */
export function useDeleteSecretMutation(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(secretPath(name), deletedResponseSchema, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.setQueryData<SecretsResponse>(secretsQueryKey, (data) => (data ? { secrets: data.secrets.filter((existing) => existing.name !== name) } : data)),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}
