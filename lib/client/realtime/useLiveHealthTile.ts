import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { healthOverviewQueryKey } from "@/lib/client/queries/useHealthOverviewQuery";
import { healthSampleEventSchema, type HealthTile } from "@/lib/client/schemas/health";
import { useRoom } from "@/lib/client/socket";

type LatestFigures = Pick<HealthTile, "status" | "errorRate" | "p95Ms" | "currentVersion"> & { receivedAt: number };

/**
 * One overview tile, kept current between refetches: each pushed sample
 * brings the status and the latest figures; a signal or a deploy refetches
 * the overview (it carries the banners and versions of every tile).
 * `fetchedAt` is when the tile's data arrived: figures pushed before it are stale.
 */
export function useLiveHealthTile(tile: HealthTile, fetchedAt: number): HealthTile {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<LatestFigures | null>(null);
  const refetchOverview = () => void queryClient.invalidateQueries({ queryKey: healthOverviewQueryKey });

  useRoom(
    { kind: "service", id: tile.service.id },
    {
      "health:sample": (payload) => {
        const parsed = healthSampleEventSchema.safeParse(payload);
        if (!parsed.success || parsed.data.serviceId !== tile.service.id) return;
        const { sample, status } = parsed.data;
        // A probe sample has no error rate or latency percentile: keep the figures the last scrape gave.
        setLatest((previous) => ({
          status,
          errorRate: sample.errorRate ?? previous?.errorRate ?? null,
          p95Ms: sample.p95Ms ?? previous?.p95Ms ?? null,
          currentVersion: sample.version ?? previous?.currentVersion ?? null,
          receivedAt: Date.now(),
        }));
      },
      "health:signal": refetchOverview,
      "service:change": refetchOverview,
    },
  );

  if (!latest || latest.receivedAt <= fetchedAt) return tile;
  return {
    ...tile,
    status: latest.status,
    errorRate: latest.errorRate ?? tile.errorRate,
    p95Ms: latest.p95Ms ?? tile.p95Ms,
    currentVersion: latest.currentVersion ?? tile.currentVersion,
  };
}
