/**
 * Continuous percentile with linear interpolation between the two closest
 * ranks, exactly as Postgres's `percentile_cont` computes it: the value at
 * position p·(n−1) of the sorted values (0-based), interpolated. Null for no
 * values, so an empty figure is "no data" rather than zero.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

/** Figures are reported in whole seconds (or a rate to 4 decimals), rounded the same way on both paths. */
export function roundSeconds(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds);
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
