import "server-only";
import type { PrometheusScrapeConfig } from "@/lib/domain/health/health-source-config";
import { parsePrometheusText } from "@/lib/domain/health/prometheus-text";
import { figuresBetween } from "@/lib/domain/health/scrape-figures";
import { snapshotFromMetrics, type ScrapeSnapshot } from "@/lib/domain/health/scrape-snapshot";
import { describeFetchError, elapsedSince, failedCollection, type CollectionResult } from "./collection-result";

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Scrapes a Prometheus text endpoint and works out rates against the previous scrape's counters. */
export async function scrapePrometheus(config: PrometheusScrapeConfig, previous: ScrapeSnapshot | null, nowMs = Date.now()): Promise<CollectionResult> {
  const started = performance.now();
  let body: string;
  try {
    const response = await fetch(config.url, {
      signal: AbortSignal.timeout(config.timeoutMs),
      headers: { accept: "text/plain;version=0.0.4" },
      cache: "no-store",
    });
    if (!response.ok) {
      await response.body?.cancel();
      return failedCollection(`scrape answered ${response.status}`, elapsedSince(started));
    }
    body = await response.text();
  } catch (error) {
    return failedCollection(describeFetchError(error, config.timeoutMs), elapsedSince(started));
  }
  const latencyMs = elapsedSince(started);
  if (body.length > MAX_BODY_BYTES) return failedCollection(`the /metrics body is larger than ${MAX_BODY_BYTES} bytes`, latencyMs);

  const parsed = parsePrometheusText(body);
  if (!parsed.ok) return failedCollection(`malformed /metrics: ${parsed.error}`, latencyMs);
  const snapshot = snapshotFromMetrics(parsed.families, config, nowMs);
  if (!snapshot.ok) return failedCollection(snapshot.error, latencyMs);

  const figures = figuresBetween(previous, snapshot.snapshot);
  return {
    ok: true,
    requestRate: figures.requestRate,
    errorRate: figures.errorRate,
    p95Ms: figures.p95Ms,
    latencyMs,
    version: snapshot.snapshot.version,
    error: null,
    snapshot: snapshot.snapshot,
  };
}
