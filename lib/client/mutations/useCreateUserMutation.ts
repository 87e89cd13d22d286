import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateUserInput } from "@/lib/domain/schemas/users";
import { apiFetch } from "@/lib/client/api-fetch";
import { usersQueryKey } from "@/lib/client/queries/useUsersQuery";
import { createUserResponseSchema } from "@/lib/client/schemas/users";

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiFetch("/api/v1/users", createUserResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
