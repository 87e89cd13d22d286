import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { serviceHealthSchema } from "@/lib/client/schemas/health";
import { resolutionOf, type HealthRange } from "@/lib/domain/health/health-ranges";

/** Every range of one service; the prefix (without a range) is what a reconnect refetches. */
export function serviceHealthQueryKey(serviceRef: string, range?: HealthRange) {
  return range ? (["service-health", serviceRef, range] as const) : (["service-health", serviceRef] as const);
}

/**
 * Pushes carry raw samples only, so the 7- and 30-day views (1-minute
 * rollups) are fetched again each minute instead.
 */
const ROLLUP_REFRESH_MS = 60_000;

export function useServiceHealthQuery(serviceRef: string, range: HealthRange) {
  return useQuery({
    queryKey: serviceHealthQueryKey(serviceRef, range),
    queryFn: ({ signal }) =>
      apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/health?range=${range}`, serviceHealthSchema, { signal }),
    // Switching ranges keeps the old charts up until the new window arrives.
    placeholderData: keepPreviousData,
    refetchInterval: resolutionOf(range) === "minute" ? ROLLUP_REFRESH_MS : false,
  });
}
