import type { ServiceHealth } from "@/lib/client/schemas/health";
import { HEALTH_RANGE_MS, type HealthRange } from "@/lib/domain/health/health-ranges";
import { availabilitySeries, latestPoint, metricSeries, type ChartPoint, type ChartSeries } from "@/lib/client/realtime/health-chart-series";
import { formatMs, formatPercent, formatRequestRate } from "./health-format";
import type { ChartReference } from "./MetricChart";

export const RANGE_LABELS: Record<HealthRange, string> = {
  "15m": "15 minutes",
  "1h": "hour",
  "6h": "6 hours",
  "24h": "24 hours",
  "7d": "7 days",
  "30d": "30 days",
};

type Figure = { series: ChartSeries[]; latest: ChartPoint | null; summary: string; references: ChartReference[] };

export type HealthFigures = {
  domain: [number, number];
  errorRate: Figure & { thresholdPercent: number };
  p95: Figure;
  requestRate: Figure;
  availability: Figure & { overallPercent: number | null };
};

/**
 * What the four charts draw and say, from one service's (live) health window.
 * `windowEndMs` is the newest sample the REST window held (see metricSeries).
 */
export function healthFigures(health: ServiceHealth & { windowEndMs?: number | null }, nowMs: number): HealthFigures {
  const { samples, sources, thresholds, baselineP95Ms } = health;
  const junctionMs = health.windowEndMs ?? null;
  const lastSampleMs = samples.length > 0 ? Date.parse(samples.at(-1)?.at ?? "") : 0;
  const endMs = Math.max(nowMs, lastSampleMs || 0);
  const startMs = endMs - HEALTH_RANGE_MS[health.range];
  const rangeLabel = RANGE_LABELS[health.range];

  const errorSeries = metricSeries(samples, sources, "errorRate", { scale: 100, junctionMs });
  const errorLatest = latestPoint(errorSeries);
  const thresholdPercent = thresholds.errorRatePercent;

  const p95Series = metricSeries(samples, sources, "p95Ms", { junctionMs });
  const p95Latest = latestPoint(p95Series);
  const limitMs = baselineP95Ms === null ? null : baselineP95Ms * (1 + thresholds.p95IncreasePercent / 100);
  const p95References: ChartReference[] =
    baselineP95Ms === null || limitMs === null
      ? []
      : [
          { value: limitMs, label: `Limit ${formatMs(limitMs)} (+${formatPercent(thresholds.p95IncreasePercent)})`, kind: "threshold" },
          { value: baselineP95Ms, label: `Baseline ${formatMs(baselineP95Ms)}`, kind: "baseline" },
        ];

  const requestSeries = metricSeries(samples, sources, "requestRate", { junctionMs });
  const requestLatest = latestPoint(requestSeries);

  const availability = availabilitySeries(samples, sources, startMs, endMs, junctionMs);
  const availabilityLatest = latestPoint(availability.points);

  return {
    domain: [startMs, endMs],
    errorRate: {
      series: errorSeries,
      latest: errorLatest,
      thresholdPercent,
      references: [{ value: thresholdPercent, label: `${formatPercent(thresholdPercent)} threshold`, kind: "threshold" }],
      summary:
        errorLatest?.v == null
          ? `No error-rate figures in the last ${rangeLabel}. The ${formatPercent(thresholdPercent)} threshold applies once a scrape or query source reports them.`
          : `Latest ${formatPercent(errorLatest.v)}: ${comparison(errorLatest.v, thresholdPercent)} the ${formatPercent(thresholdPercent)} threshold.`,
    },
    p95: {
      series: p95Series,
      latest: p95Latest,
      references: p95References,
      summary:
        p95Latest?.v == null
          ? `No p95 latency figures in the last ${rangeLabel} (HTTP probes report only up or down).`
          : limitMs === null || baselineP95Ms === null
            ? `Latest ${formatMs(p95Latest.v)}. No baseline yet: it is the median p95 over the ${thresholds.baselineMinutes} minutes before the latest deploy or incident.`
            : `Latest ${formatMs(p95Latest.v)}: ${comparison(p95Latest.v, limitMs)} the limit of ${formatMs(limitMs)} (baseline ${formatMs(baselineP95Ms)} + ${formatPercent(thresholds.p95IncreasePercent)}).`,
    },
    requestRate: {
      series: requestSeries,
      latest: requestLatest,
      references: [],
      summary: requestLatest?.v == null ? `No request-rate figures in the last ${rangeLabel}.` : `Latest ${formatRequestRate(requestLatest.v)}.`,
    },
    availability: {
      series: availability.points.length > 0 ? [{ key: "availability", name: "Availability", points: availability.points }] : [],
      latest: availabilityLatest,
      overallPercent: availability.overallPercent,
      references: [],
      summary:
        availability.overallPercent === null
          ? `No health checks in the last ${rangeLabel}.`
          : `${formatPercent(availability.overallPercent)} of checks succeeded over the last ${rangeLabel}; the latest period ${formatPercent(availabilityLatest?.v ?? null)}.`,
    },
  };
}

function comparison(value: number, limit: number): string {
  return value > limit ? "above" : value === limit ? "at" : "below";
}
