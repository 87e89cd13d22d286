import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthOverviewSchema } from "@/lib/client/schemas/health";

export const healthOverviewQueryKey = ["health-overview"] as const;

/** Pushes keep each tile's status and figures current; the sparklines and availability are fetched again now and then. */
const SPARKLINE_REFRESH_MS = 30_000;

export function useHealthOverviewQuery() {
  return useQuery({
    queryKey: healthOverviewQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/health/overview", healthOverviewSchema, { signal }),
    refetchInterval: SPARKLINE_REFRESH_MS,
  });
}
