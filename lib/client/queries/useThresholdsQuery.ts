import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { thresholdsSchema } from "@/lib/client/schemas/health";

export const thresholdsResponseSchema = z.object({ thresholds: thresholdsSchema });
export type ThresholdsResponse = z.infer<typeof thresholdsResponseSchema>;

export function thresholdsQueryKey(serviceRef: string) {
  return ["thresholds", serviceRef] as const;
}

export function useThresholdsQuery(serviceRef: string) {
  return useQuery({
    queryKey: thresholdsQueryKey(serviceRef),
    queryFn: ({ signal }) => apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/thresholds`, thresholdsResponseSchema, { signal }),
  });
}
