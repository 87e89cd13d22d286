import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { myTasksResponseSchema } from "@/lib/client/schemas/tasks";

export const myTasksQueryKey = ["me", "tasks"] as const;

export function useMyTasksQuery() {
  return useQuery({ queryKey: myTasksQueryKey, queryFn: ({ signal }) => apiFetch("/api/v1/me/tasks", myTasksResponseSchema, { signal }) });
}
