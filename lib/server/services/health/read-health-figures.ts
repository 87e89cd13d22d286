import "server-only";
import type { HealthFigures } from "@/lib/domain/decisions/triggers";
import { readCarry, windowFigures } from "@/lib/domain/health/source-carry";
import type { Db } from "../../db/client";
import { listSourceStatesOfServices } from "../../queries/health-sources";
import { baselineP95For } from "./baseline-cache";

const BASELINE_MINUTES = 30;

/**
 * The services' health right now, worst service first on each figure, as the
 * collector last saw it: recorded with each decision answer, and matched
 * against the seeds' triggers on the recommendation. Null without sources.
 */
export async function readHealthFigures(db: Db, serviceIds: readonly string[], detectedAt: Date): Promise<HealthFigures | null> {
  const sources = await listSourceStatesOfServices(db, serviceIds);
  if (sources.length === 0) return null;
  const scrapes = sources.filter((source) => source.kind === "prometheus_scrape").map((source) => ({ serviceId: source.serviceId, figures: windowFigures(readCarry(source.carry)) }));
  const probes = sources.filter((source) => source.kind === "http_probe");
  const checks = probes.length > 0 ? probes : sources;
  const now = Date.now();
  const worstP95 = scrapes.filter((entry) => entry.figures.p95Ms !== null).sort((a, b) => b.figures.p95Ms! - a.figures.p95Ms!)[0];
  const errorRates = scrapes.flatMap((entry) => (entry.figures.errorRate === null ? [] : [entry.figures.errorRate]));
  return {
    errorRatePct: errorRates.length > 0 ? Math.max(...errorRates) * 100 : null,
    p95Ms: worstP95?.figures.p95Ms ?? null,
    baselineP95Ms: worstP95 ? await baselineP95For(worstP95.serviceId, detectedAt.getTime(), BASELINE_MINUTES) : null,
    unavailableMinutes: Math.max(0, ...checks.map((source) => {
      const failingSince = readCarry(source.carry).failingSinceMs;
      return failingSince === null ? 0 : (now - failingSince) / 60_000;
    })),
    consecutiveFailedChecks: Math.max(0, ...checks.map((source) => source.consecutiveFailures)),
  };
}
