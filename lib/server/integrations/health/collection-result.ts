import type { ScrapeSnapshot } from "@/lib/domain/health/scrape-snapshot";

/** What one collection from one source found; becomes one HealthSample row. */
export type CollectionResult = {
  ok: boolean;
  requestRate: number | null;
  errorRate: number | null;
  p95Ms: number | null;
  latencyMs: number | null;
  version: string | null;
  error: string | null;
  /** A scrape's cumulative counters, which the next scrape's rates are worked out against. */
  snapshot?: ScrapeSnapshot;
};

export function failedCollection(error: string, latencyMs: number | null): CollectionResult {
  return { ok: false, requestRate: null, errorRate: null, p95Ms: null, latencyMs, version: null, error };
}

/** A network failure as a person reads it: "connect ECONNREFUSED 127.0.0.1:4101", "timed out after 2000 ms". */
export function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `timed out after ${timeoutMs} ms`;
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return cause.message;
    return error.message;
  }
  return String(error);
}

/** Milliseconds since a performance.now() reading, to 0.1 ms. */
export function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
