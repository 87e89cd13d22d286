import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { usersResponseSchema } from "@/lib/client/schemas/users";

export const usersQueryKey = ["users"] as const;

export function useUsersQuery() {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/users", usersResponseSchema, { signal }),
  });
}
