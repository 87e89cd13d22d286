import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthSourcesQueryKey, type HealthSourcesResponse } from "@/lib/client/queries/useHealthSourcesQuery";
import { healthSourceResponseSchema, SOURCE_DEPENDENT_KEYS } from "./useCreateHealthSourceMutation";

export function useDeleteHealthSourceMutation(serviceRef: string, sourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/health-sources/${encodeURIComponent(sourceId)}`, healthSourceResponseSchema, { method: "DELETE" }),
    onSuccess: ({ source }) => {
      queryClient.setQueryData<HealthSourcesResponse>(healthSourcesQueryKey(serviceRef), (data) =>
        data ? { sources: data.sources.filter((existing) => existing.id !== source.id) } : data,
      );
      for (const queryKey of SOURCE_DEPENDENT_KEYS) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
