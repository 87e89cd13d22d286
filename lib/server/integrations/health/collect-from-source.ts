import "server-only";
import type { HealthSourceDefinition } from "@/lib/domain/health/health-source-config";
import type { ScrapeSnapshot } from "@/lib/domain/health/scrape-snapshot";
import type { CollectionResult } from "./collection-result";
import { probeHttp } from "./http-probe";
import { queryPrometheus } from "./prometheus-query";
import { scrapePrometheus } from "./prometheus-scrape";

/** One collection from any kind of source. Never throws: a failure is a failed sample. */
export function collectFromSource(source: HealthSourceDefinition, previousScrape: ScrapeSnapshot | null): Promise<CollectionResult> {
  switch (source.kind) {
    case "http_probe":
      return probeHttp(source.config);
    case "prometheus_scrape":
      return scrapePrometheus(source.config, previousScrape);
    case "prometheus_query":
      return queryPrometheus(source.config);
  }
}
