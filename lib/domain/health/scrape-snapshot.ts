import { z } from "zod";
import type { PrometheusScrapeConfig } from "./health-source-config";
import { parsePrometheusNumber, type MetricFamily, type MetricSample } from "./prometheus-text";

export type LatencyBucket = { le: number; count: number };

/**
 * The cumulative figures of one scrape, summed over every label set (routes,
 * methods, instances' worth of series). Rates come from the difference between
 * two of these (scrape-figures.ts), so the collector keeps the last one.
 */
export type ScrapeSnapshot = {
  atMs: number;
  requests: number;
  /** Requests whose status label starts with "5". */
  errors: number;
  /** Cumulative latency buckets summed per `le`, ascending; the +Inf bucket has `le: Infinity`. */
  buckets: LatencyBucket[];
  latencyCount: number;
  version: string | null;
};

export type ScrapeMetricNames = Pick<PrometheusScrapeConfig, "requestsCounter" | "statusLabel" | "latencyHistogram" | "versionInfo">;
export type SnapshotResult = { ok: true; snapshot: ScrapeSnapshot } | { ok: false; error: string };

export function snapshotFromMetrics(families: MetricFamily[], config: ScrapeMetricNames, atMs: number): SnapshotResult {
  const requestsFamily = families.find((family) => family.name === config.requestsCounter);
  if (!requestsFamily) return { ok: false, error: `no ${config.requestsCounter} in the scrape` };
  if (requestsFamily.type !== "counter" && requestsFamily.type !== "untyped") {
    return { ok: false, error: `${config.requestsCounter} is a ${requestsFamily.type}, expected a counter` };
  }
  let requests = 0;
  let errors = 0;
  for (const sample of requestsFamily.samples) {
    const problem = countProblem(sample);
    if (problem) return { ok: false, error: problem };
    requests += sample.value;
    if (labelOf(sample, config.statusLabel)?.startsWith("5")) errors += sample.value;
  }

  const latency = latencyFrom(families, config.latencyHistogram);
  if (!latency.ok) return latency;
  return { ok: true, snapshot: { atMs, requests, errors, buckets: latency.buckets, latencyCount: latency.count, version: versionFrom(families, config.versionInfo) } };
}

type LatencyResult = { ok: true; buckets: LatencyBucket[]; count: number } | { ok: false; error: string };

/** A service without the histogram still has a request and error rate, so its absence is no error. */
function latencyFrom(families: MetricFamily[], histogramName: string): LatencyResult {
  const family = families.find((candidate) => candidate.name === histogramName);
  if (!family) return { ok: true, buckets: [], count: 0 };
  if (family.type !== "histogram") return { ok: false, error: `${histogramName} is a ${family.type}, expected a histogram` };
  const countsByBound = new Map<number, number>();
  let count = 0;
  for (const sample of family.samples) {
    const isBucket = sample.name === `${histogramName}_bucket`;
    if (!isBucket && sample.name !== `${histogramName}_count`) continue;
    const problem = countProblem(sample);
    if (problem) return { ok: false, error: problem };
    if (!isBucket) {
      count += sample.value;
      continue;
    }
    const le = parsePrometheusNumber(labelOf(sample, "le") ?? "");
    if (le === null || Number.isNaN(le) || le === -Infinity) return { ok: false, error: `${seriesName(sample)} has no usable "le" bound` };
    countsByBound.set(le, (countsByBound.get(le) ?? 0) + sample.value);
  }
  const buckets = [...countsByBound].map(([le, bucketCount]) => ({ le, count: bucketCount })).sort((a, b) => a.le - b.le);
  return { ok: true, buckets, count };
}

/** Several versions answer at once during a canary or a blue/green switch: all of them are named. */
function versionFrom(families: MetricFamily[], infoName: string): string | null {
  const family = families.find((candidate) => candidate.name === infoName);
  const versions = new Set<string>();
  for (const sample of family?.samples ?? []) {
    const version = labelOf(sample, "version");
    if (sample.value === 1 && version !== undefined && version !== "") versions.add(version);
  }
  return versions.size === 0 ? null : [...versions].sort().join("+");
}

function countProblem(sample: MetricSample): string | null {
  return Number.isFinite(sample.value) && sample.value >= 0 ? null : `${seriesName(sample)} has the value ${sample.value}, expected a count`;
}

// Own properties only: a label named like an Object.prototype member ("constructor") must not find the prototype's.
function labelOf(sample: MetricSample, label: string): string | undefined {
  return Object.hasOwn(sample.labels, label) ? sample.labels[label] : undefined;
}

function seriesName(sample: MetricSample): string {
  const labels = Object.entries(sample.labels).map(([label, value]) => `${label}=${JSON.stringify(value)}`);
  return labels.length === 0 ? sample.name : `${sample.name}{${labels.join(",")}}`;
}

const countSchema = z.number().min(0);
// JSON has no Infinity (JSON.stringify writes null), so the +Inf bound is stored as Prometheus spells it.
const serializedSnapshotSchema = z.object({
  atMs: z.number(),
  requests: countSchema,
  errors: countSchema,
  buckets: z.array(z.object({ le: z.union([z.number(), z.literal("+Inf")]), count: countSchema })),
  latencyCount: countSchema,
  // Absent when no version was seen; null is read too, for snapshots stored before that rule.
  version: z.string().nullish(),
});

/** Plain JSON (objects, arrays, strings, numbers), so Prisma takes it as a Json column value. */
export type SerializedScrapeSnapshot = {
  atMs: number;
  requests: number;
  errors: number;
  buckets: { le: number | "+Inf"; count: number }[];
  latencyCount: number;
  version?: string;
};

export function serializeSnapshot(snapshot: ScrapeSnapshot): SerializedScrapeSnapshot {
  return {
    atMs: snapshot.atMs,
    requests: snapshot.requests,
    errors: snapshot.errors,
    buckets: snapshot.buckets.map((bucket) => ({ le: bucket.le === Infinity ? "+Inf" : bucket.le, count: bucket.count })),
    latencyCount: snapshot.latencyCount,
    ...(snapshot.version === null ? {} : { version: snapshot.version }),
  };
}

/** Null for anything that is not a stored snapshot: the next scrape then starts afresh instead of failing. */
export function deserializeSnapshot(json: unknown): ScrapeSnapshot | null {
  const parsed = serializedSnapshotSchema.safeParse(json);
  if (!parsed.success) return null;
  const { atMs, requests, errors, buckets, latencyCount, version } = parsed.data;
  return {
    atMs,
    requests,
    errors,
    buckets: buckets.map((bucket) => ({ le: bucket.le === "+Inf" ? Infinity : bucket.le, count: bucket.count })).sort((a, b) => a.le - b.le),
    latencyCount,
    version: version ?? null,
  };
}
