import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { healthSourcesQueryKey, type HealthSourcesResponse } from "@/lib/client/queries/useHealthSourcesQuery";
import { healthSourceResponseSchema, SOURCE_DEPENDENT_KEYS } from "./useCreateHealthSourceMutation";

export type UpdateHealthSourceBody = {
  /** The version the form was filled from: a stale one answers 409. */
  version: number;
  name?: string;
  intervalSeconds?: number | string;
  enabled?: boolean;
  /** The whole config of the source's kind; "********" keeps a stored secret. */
  config?: Record<string, unknown>;
};

export function useUpdateHealthSourceMutation(serviceRef: string, sourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateHealthSourceBody) =>
      apiFetch(`/api/v1/health-sources/${encodeURIComponent(sourceId)}`, healthSourceResponseSchema, { method: "PATCH", body }),
    onSuccess: ({ source }) => {
      queryClient.setQueryData<HealthSourcesResponse>(healthSourcesQueryKey(serviceRef), (data) =>
        data ? { sources: data.sources.map((existing) => (existing.id === source.id ? source : existing)) } : data,
      );
      for (const queryKey of SOURCE_DEPENDENT_KEYS) void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => {
      // Someone else saved first: show their version, so the next save starts from it.
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: healthSourcesQueryKey(serviceRef) });
    },
  });
}
