/**
 * PromQL's histogram_quantile over classic cumulative buckets (promql/quantile.go,
 * BucketQuantile): buckets are sorted and merged per bound, forced monotonic,
 * and the quantile is interpolated linearly inside the bucket it falls into,
 * from 0 for the first bucket. A quantile in the +Inf bucket answers the
 * highest finite bound.
 *
 * Where PromQL answers NaN (no observations, no +Inf bucket, nothing but the
 * +Inf bucket, q = 0 over an empty first bucket) or ±Inf (q outside 0..1),
 * this answers null: "no figure".
 * The result is in the buckets' unit, seconds by Prometheus convention.
 */
export function histogramQuantile(q: number, buckets: { le: number; count: number }[]): number | null {
  if (!(q >= 0 && q <= 1)) return null;
  const merged = mergeBounds(buckets);
  const last = merged.at(-1);
  if (!last || last.le !== Infinity || merged.length < 2) return null;
  const observations = last.count;
  if (!(observations > 0)) return null;

  let rank = q * observations;
  const index = merged.slice(0, -1).findIndex((bucket) => bucket.count >= rank);
  if (index === -1) return merged[merged.length - 2]?.le ?? null;
  const bucket = merged[index];
  if (!bucket) return null;
  if (index === 0 && bucket.le <= 0) return bucket.le;

  let lowerBound = 0;
  let count = bucket.count;
  const previous = merged[index - 1];
  if (previous) {
    lowerBound = previous.le;
    count -= previous.count;
    rank -= previous.count;
  }
  // PromQL's 0/0, which only q = 0 can reach (an empty first bucket).
  if (count === 0) return null;
  return lowerBound + (bucket.le - lowerBound) * (rank / count);
}

/** Sorted by bound, one entry per bound, counts never decreasing (scrapes of several series can be torn). */
function mergeBounds(buckets: { le: number; count: number }[]): { le: number; count: number }[] {
  const sorted = buckets.filter((bucket) => !Number.isNaN(bucket.le)).sort((a, b) => a.le - b.le);
  const merged: { le: number; count: number }[] = [];
  for (const bucket of sorted) {
    const previous = merged.at(-1);
    if (previous && previous.le === bucket.le) previous.count += bucket.count;
    else merged.push({ le: bucket.le, count: bucket.count });
  }
  let highest = 0;
  for (const bucket of merged) {
    highest = Math.max(highest, bucket.count);
    bucket.count = highest;
  }
  return merged;
}
