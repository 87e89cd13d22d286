import "server-only";
import type { HttpProbeConfig } from "@/lib/domain/health/health-source-config";
import { describeFetchError, elapsedSince, failedCollection, type CollectionResult } from "./collection-result";

/** GETs the URL and compares the status; the body is drained, never kept. */
export async function probeHttp(config: HttpProbeConfig): Promise<CollectionResult> {
  const started = performance.now();
  try {
    const response = await fetch(config.url, { signal: AbortSignal.timeout(config.timeoutMs), redirect: "manual", cache: "no-store" });
    await response.body?.cancel();
    const latencyMs = elapsedSince(started);
    if (response.status !== config.expectedStatus) return failedCollection(`answered ${response.status}, expected ${config.expectedStatus}`, latencyMs);
    return { ok: true, requestRate: null, errorRate: null, p95Ms: null, latencyMs, version: null, error: null };
  } catch (error) {
    return failedCollection(describeFetchError(error, config.timeoutMs), elapsedSince(started));
  }
}
