import { histogramQuantile } from "./histogram-quantile";
import type { ScrapeSnapshot } from "./scrape-snapshot";

export type ScrapeFigures = {
  /** Requests per second. */
  requestRate: number | null;
  /** 0..1; null when no request was answered in the interval. */
  errorRate: number | null;
  /** null when no latency was observed in the interval. */
  p95Ms: number | null;
  counterReset: boolean;
};

/**
 * The figures of the interval between two scrapes of one target.
 *
 * - No previous scrape (the first one, or the last one failed and left none):
 *   every figure is null; the next scrape has something to compare with.
 * - After missed scrapes the figures are averages over the whole gap, as
 *   PromQL's rate() over a window that long would be: a spike inside the gap
 *   is diluted, never invented.
 * - A counter that went down means the target restarted. Its counters all
 *   start again from zero together, so, as PromQL does for one series, the
 *   increase is the current value, for every figure of the snapshot. A restart
 *   after which the counters already grew past their old values is invisible
 *   here, as it is to PromQL.
 * - A latency histogram whose bucket bounds changed or vanished counts as a
 *   restart too: bounds are fixed in the code that exports them. One that
 *   appears for the first time (labelled histograms export nothing before
 *   their first observation) grows from zero.
 * - Latency buckets are taken to be in seconds (Prometheus's convention).
 */
export function figuresBetween(previous: ScrapeSnapshot | null, current: ScrapeSnapshot): ScrapeFigures {
  if (!previous) return noFigures();
  const seconds = (current.atMs - previous.atMs) / 1000;
  if (!(seconds > 0)) return noFigures();

  const counterReset = wasReset(previous, current);
  const previousBucketCounts = new Map(counterReset ? [] : previous.buckets.map((bucket) => [bucket.le, bucket.count]));
  const requests = counterReset ? current.requests : current.requests - previous.requests;
  const errors = counterReset ? current.errors : current.errors - previous.errors;
  const bucketIncreases = current.buckets.map((bucket) => ({ le: bucket.le, count: bucket.count - (previousBucketCounts.get(bucket.le) ?? 0) }));
  const p95Seconds = histogramQuantile(0.95, bucketIncreases);

  return {
    requestRate: requests / seconds,
    errorRate: requests > 0 ? errors / requests : null,
    p95Ms: p95Seconds === null ? null : p95Seconds * 1000,
    counterReset,
  };
}

function wasReset(previous: ScrapeSnapshot, current: ScrapeSnapshot): boolean {
  if (current.requests < previous.requests || current.errors < previous.errors || current.latencyCount < previous.latencyCount) return true;
  // A histogram that first appears (its first observation) grows from zero; one whose bounds changed was redeployed.
  if (previous.buckets.length > 0 && current.buckets.length !== previous.buckets.length) return true;
  const currentCounts = new Map(current.buckets.map((bucket) => [bucket.le, bucket.count]));
  return previous.buckets.some((bucket) => {
    const count = currentCounts.get(bucket.le);
    return count === undefined || count < bucket.count;
  });
}

function noFigures(): ScrapeFigures {
  return { requestRate: null, errorRate: null, p95Ms: null, counterReset: false };
}
