/** The time ranges a service's charts offer, and how far back each reaches. */
export const HEALTH_RANGES = ["15m", "1h", "6h", "24h", "7d", "30d"] as const;
export type HealthRange = (typeof HEALTH_RANGES)[number];

export const HEALTH_RANGE_MS: Record<HealthRange, number> = {
  "15m": 15 * 60_000,
  "1h": 60 * 60_000,
  "6h": 6 * 60 * 60_000,
  "24h": 24 * 60 * 60_000,
  "7d": 7 * 24 * 60 * 60_000,
  "30d": 30 * 24 * 60 * 60_000,
};

/** Up to a day, charts draw raw samples; beyond, the 1-minute rollups (raw samples are kept 48 hours). */
export function resolutionOf(range: HealthRange): "raw" | "minute" {
  return HEALTH_RANGE_MS[range] <= HEALTH_RANGE_MS["24h"] ? "raw" : "minute";
}

/** Raw ranges longer than this are folded into buckets, about this many points per line. */
const MAX_POINTS_PER_LINE = 720;
const UNBINNED_RANGE_MS = HEALTH_RANGE_MS["1h"];

/** Bucket width for a raw range, or null when the range is short enough to send every sample. */
export function binSecondsOf(range: HealthRange): number | null {
  const rangeMs = HEALTH_RANGE_MS[range];
  if (resolutionOf(range) !== "raw" || rangeMs <= UNBINNED_RANGE_MS) return null;
  return Math.ceil(rangeMs / MAX_POINTS_PER_LINE / 1000);
}
