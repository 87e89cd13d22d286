/**
 * Latencies kept as counts per 0.1 ms bucket (up to a cap), so millions of
 * deliveries cost a fixed array and merge across processes by addition.
 */
export const LATENCY_RESOLUTION_MS = 0.1;
const CAP_MS = 30_000;
const BUCKETS = Math.round(CAP_MS / LATENCY_RESOLUTION_MS) + 1;

export type LatencyHistogram = { counts: number[]; count: number; maxMs: number };

export function emptyHistogram(): LatencyHistogram {
  return { counts: new Array<number>(BUCKETS).fill(0), count: 0, maxMs: 0 };
}

export function recordLatency(histogram: LatencyHistogram, ms: number): void {
  const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.round(ms / LATENCY_RESOLUTION_MS)));
  histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + 1;
  histogram.count += 1;
  if (ms > histogram.maxMs) histogram.maxMs = ms;
}

export function mergeHistograms(parts: readonly LatencyHistogram[]): LatencyHistogram {
  const merged = emptyHistogram();
  for (const part of parts) {
    for (let index = 0; index < BUCKETS; index += 1) merged.counts[index] = (merged.counts[index] ?? 0) + (part.counts[index] ?? 0);
    merged.count += part.count;
    merged.maxMs = Math.max(merged.maxMs, part.maxMs);
  }
  return merged;
}

/** Only the non-empty buckets travel over IPC: a full array is 300,000 numbers. */
export type CompactHistogram = { buckets: Array<[number, number]>; count: number; maxMs: number };

export function compactHistogram(histogram: LatencyHistogram): CompactHistogram {
  const buckets: Array<[number, number]> = [];
  histogram.counts.forEach((count, index) => {
    if (count > 0) buckets.push([index, count]);
  });
  return { buckets, count: histogram.count, maxMs: histogram.maxMs };
}

export function expandHistogram(compact: CompactHistogram): LatencyHistogram {
  const histogram = emptyHistogram();
  for (const [index, count] of compact.buckets) histogram.counts[index] = count;
  return { ...histogram, count: compact.count, maxMs: compact.maxMs };
}

export function histogramPercentile(histogram: LatencyHistogram, fraction: number): number {
  if (histogram.count === 0) return Number.NaN;
  const rank = Math.ceil(fraction * histogram.count);
  let seen = 0;
  for (let index = 0; index < BUCKETS; index += 1) {
    seen += histogram.counts[index] ?? 0;
    if (seen >= rank) return index * LATENCY_RESOLUTION_MS;
  }
  return histogram.maxMs;
}

/** Nearest-rank percentile of a small list of values (the collector's few hundred ticks). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}

export function summarize(values: readonly number[]): { p50: number; p95: number; p99: number; max: number } {
  return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), p99: percentile(values, 0.99), max: percentile(values, 1) };
}

export function ms(value: number): string {
  return Number.isNaN(value) ? "n/a" : `${value.toFixed(1)} ms`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** `--duration 60` style flags, with a default. */
export function numberFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}
