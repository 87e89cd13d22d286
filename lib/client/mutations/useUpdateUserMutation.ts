import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateUserInput } from "@/lib/domain/schemas/users";
import { apiFetch } from "@/lib/client/api-fetch";
import { usersQueryKey } from "@/lib/client/queries/useUsersQuery";
import { updateUserResponseSchema, type UsersResponse } from "@/lib/client/schemas/users";

export function useUpdateUserMutation(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) =>
      apiFetch(`/api/v1/users/${encodeURIComponent(userId)}`, updateUserResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ user }) =>
      queryClient.setQueryData<UsersResponse>(usersQueryKey, (data) =>
        data ? { users: data.users.map((existing) => (existing.id === user.id ? user : existing)) } : data,
      ),
  });
}
