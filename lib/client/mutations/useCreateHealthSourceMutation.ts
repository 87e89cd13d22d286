import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthSourcesQueryKey, type HealthSourcesResponse } from "@/lib/client/queries/useHealthSourcesQuery";
import { healthSourceSchema } from "@/lib/client/schemas/health";
import type { HealthSourceKind } from "@/lib/domain/health/health-source-config";

export const healthSourceResponseSchema = z.object({ source: healthSourceSchema });
/**
 * `createHealthSourceSchema`'s shape, loosely typed on purpose: a form sends
 * what was typed and shows the server's field errors (config.url, …) beside
 * the fields.
 */
export type CreateHealthSourceBody = {
  kind: HealthSourceKind;
  name: string;
  intervalSeconds?: number | string;
  enabled?: boolean;
  config: Record<string, unknown>;
};

/** The service's charts and tiles name their sources, so those are fetched again too. */
export const SOURCE_DEPENDENT_KEYS = [["service-health"], ["health-overview"]] as const;

export function useCreateHealthSourceMutation(serviceRef: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHealthSourceBody) =>
      apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/health-sources`, healthSourceResponseSchema, { method: "POST", body }),
    onSuccess: ({ source }) => {
      queryClient.setQueryData<HealthSourcesResponse>(healthSourcesQueryKey(serviceRef), (data) => (data ? { sources: [...data.sources, source] } : data));
      for (const queryKey of SOURCE_DEPENDENT_KEYS) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
