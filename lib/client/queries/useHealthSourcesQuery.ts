import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthSourceSchema } from "@/lib/client/schemas/health";

export const healthSourcesResponseSchema = z.object({ sources: z.array(healthSourceSchema) });
export type HealthSourcesResponse = z.infer<typeof healthSourcesResponseSchema>;

export function healthSourcesQueryKey(serviceRef: string) {
  return ["health-sources", serviceRef] as const;
}

export function useHealthSourcesQuery(serviceRef: string) {
  return useQuery({
    queryKey: healthSourcesQueryKey(serviceRef),
    queryFn: ({ signal }) => apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/health-sources`, healthSourcesResponseSchema, { signal }),
  });
}
