import type { HealthSample, HealthSource } from "@/lib/client/schemas/health";

/* The lines a service's health charts draw, from its live window of samples (health-window.ts). */

/** One point of a line; v null breaks the line (a failed collection has no figures). */
export type ChartPoint = { t: number; v: number | null };
export type ChartSeries = { key: string; name: string; points: ChartPoint[] };

type Metric = "errorRate" | "p95Ms" | "requestRate";

/** More points than pixels only slows the page down. */
const MAX_POINTS_PER_SERIES = 720;
const AVAILABILITY_BUCKETS = 60;

/** Rollups come once a minute; a source is late after three of its intervals (and never sooner than 10 s). */
const ROLLUP_GAP_MS = 3 * 60_000;
const MIN_GAP_MS = 10_000;

/**
 * One line per source that reports `metric` (several scrapes of one service
 * are not averaged: they may disagree, and that is worth seeing). `scale`
 * turns the stored unit into the drawn one (a 0..1 ratio into percent).
 * When thinned out, a bucket keeps its worst value for error rate and
 * latency (a spike must stay visible) and its mean for request rate.
 * Where a source went quiet the line breaks, except across `junctionMs`
 * (the end of the fetched window): a gap between the window and the first
 * pushes is only the time the refetch after a reconnect takes to fill it.
 */
export function metricSeries(
  samples: readonly HealthSample[],
  sources: readonly HealthSource[],
  metric: Metric,
  options: { scale?: number; junctionMs?: number | null } = {},
): ChartSeries[] {
  const { scale = 1, junctionMs = null } = options;
  const bySource = new Map<string, HealthSample[]>();
  for (const sample of samples) {
    const key = sample.sourceId ?? "rollup";
    const own = bySource.get(key);
    if (own) own.push(sample);
    else bySource.set(key, [sample]);
  }
  const series: ChartSeries[] = [];
  for (const [key, own] of bySource) {
    if (!own.some((sample) => sample.ok && sample[metric] !== null)) continue;
    const source = sources.find((candidate) => candidate.id === key);
    const points = own.map((sample) => ({ t: Date.parse(sample.at), v: sample[metric] === null ? null : (sample[metric] ?? 0) * scale }));
    const thinned = thinOut(points, metric === "requestRate" ? "mean" : "max");
    const sourceGapMs = key === "rollup" ? ROLLUP_GAP_MS : Math.max(MIN_GAP_MS, 3 * (source?.intervalSeconds ?? 5) * 1000);
    const name = key === "rollup" ? "All sources (per minute)" : (source?.name ?? "Removed source");
    series.push({ key, name, points: breakGaps(thinned.points, Math.max(sourceGapMs, 2 * thinned.bucketMs), junctionMs) });
  }
  return series;
}

function thinOut(points: ChartPoint[], keep: "max" | "mean"): { points: ChartPoint[]; bucketMs: number } {
  if (points.length <= MAX_POINTS_PER_SERIES) return { points, bucketMs: 0 };
  const first = points[0]?.t ?? 0;
  const span = (points.at(-1)?.t ?? first) - first || 1;
  const buckets = new Map<number, ChartPoint[]>();
  for (const point of points) {
    const index = Math.min(MAX_POINTS_PER_SERIES - 1, Math.floor(((point.t - first) / span) * MAX_POINTS_PER_SERIES));
    const bucket = buckets.get(index);
    if (bucket) bucket.push(point);
    else buckets.set(index, [point]);
  }
  const thinned = [...buckets.values()].map((bucket) => {
    const values = bucket.flatMap((point) => (point.v === null ? [] : [point.v]));
    const last = bucket.at(-1)?.t ?? first;
    if (values.length === 0) return { t: last, v: null };
    return { t: last, v: keep === "max" ? values.reduce((max, value) => Math.max(max, value)) : values.reduce((sum, value) => sum + value, 0) / values.length };
  });
  return { points: thinned, bucketMs: span / MAX_POINTS_PER_SERIES };
}

/** A null point between two points further apart than `gapMs`, so the line does not pretend to know the time between. */
function breakGaps(points: readonly ChartPoint[], gapMs: number, junctionMs: number | null): ChartPoint[] {
  const broken: ChartPoint[] = [];
  for (const [index, point] of points.entries()) {
    const previous = index > 0 ? points[index - 1] : undefined;
    const acrossJunction = junctionMs !== null && previous !== undefined && previous.t <= junctionMs && point.t > junctionMs;
    if (previous && point.t - previous.t > gapMs && !acrossJunction) broken.push({ t: (previous.t + point.t) / 2, v: null });
    broken.push(point);
  }
  return broken;
}

/**
 * Share of successful checks per time bucket, 0..100. A service with HTTP
 * probes is judged by them (as the server does for its status); otherwise
 * every collection counts. Buckets are wide enough for three collections of
 * the slowest source and aligned to the clock, so they hold still while the
 * chart moves; empty ones break the line rather than being drawn as 0 %.
 */
export function availabilitySeries(
  samples: readonly HealthSample[],
  sources: readonly HealthSource[],
  startMs: number,
  endMs: number,
  junctionMs: number | null = null,
): { points: ChartPoint[]; overallPercent: number | null } {
  const probeIds = new Set(sources.filter((source) => source.kind === "http_probe").map((source) => source.id));
  const probeChecks = samples.filter((sample) => sample.sourceId !== null && probeIds.has(sample.sourceId));
  const checks = (probeChecks.length > 0 ? probeChecks : samples).filter((check) => Date.parse(check.at) >= startMs);
  const slowestIntervalMs = samples.some((sample) => sample.sourceId === null) ? 60_000 : Math.max(1, ...sources.map((source) => source.intervalSeconds)) * 1000;
  const bucketMs = Math.ceil(Math.max((endMs - startMs) / AVAILABILITY_BUCKETS, 3 * slowestIntervalMs) / 1000) * 1000;
  const buckets = new Map<number, { ok: number; total: number }>();
  for (const check of checks) {
    const index = Math.floor(Date.parse(check.at) / bucketMs);
    const bucket = buckets.get(index) ?? { ok: 0, total: 0 };
    buckets.set(index, { ok: bucket.ok + (check.ok ? 1 : 0), total: bucket.total + 1 });
  }
  const points = [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, bucket]) => ({ t: Math.min(endMs, (index + 0.5) * bucketMs), v: (bucket.ok / bucket.total) * 100 }));
  const overallPercent = checks.length > 0 ? (checks.filter((check) => check.ok).length / checks.length) * 100 : null;
  return { points: breakGaps(points, 1.5 * bucketMs, junctionMs), overallPercent };
}

/** The newest figure of any series, with its time. */
export function latestPoint(series: readonly ChartSeries[] | readonly ChartPoint[]): ChartPoint | null {
  const points = series.flatMap((entry) => ("points" in entry ? entry.points : [entry]));
  return points.reduce<ChartPoint | null>((latest, point) => (point.v !== null && (!latest || point.t >= latest.t) ? point : latest), null);
}
