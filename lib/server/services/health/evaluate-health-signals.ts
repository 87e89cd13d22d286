import "server-only";
import type { HealthStatus } from "@/lib/client/schemas/health";
import { serviceHealthStatus } from "@/lib/domain/health/health-status";
import { windowFigures } from "@/lib/domain/health/source-carry";
import { DEFAULT_THRESHOLDS, evaluateHealth, type Breach } from "@/lib/domain/health/thresholds";
import { db } from "../../db/client";
import { listOpenSignalsOfServices, type HealthSignalRow } from "../../queries/health-signals";
import { latestDeployAtOfServices } from "../../queries/service-changes";
import { listOpenIncidentsOfServices } from "../../queries/service-incidents";
import { listThresholdsOfServices, type ThresholdsRow } from "../../queries/service-thresholds";
import { applyHealthSignals } from "./apply-health-signals";
import { baselineP95For } from "./baseline-cache";
import type { CollectedSource } from "./collect-health-sources";

const METRIC_KINDS = new Set<Breach["kind"]>(["error_rate", "latency_regression"]);
const CHECK_KINDS = new Set<Breach["kind"]>(["unavailable", "failed_health_checks"]);
/** A deploy or incident older than this no longer anchors the baseline; the recent past does. */
const ANCHOR_MAX_AGE_MS = 6 * 60 * 60 * 1000;
const DEFAULT_ANCHOR_LAG_MS = 5 * 60 * 1000;

/** Whether each service's checks passed when last collected; derived, so a new collector simply relearns it. */
const lastChecksOk = new Map<string, boolean>();

/**
 * Judges each service collected in this tick against its thresholds, opens a
 * signal for every new breach and clears those back within bounds. Only what
 * this tick measured is judged: a probe-less tick neither raises nor clears
 * an "unavailable" signal. Returns each service's status.
 */
export async function evaluateHealthSignals(collected: readonly CollectedSource[]): Promise<Map<string, HealthStatus>> {
  // Node 20 has no Map.groupBy.
  const byService = new Map<string, CollectedSource[]>();
  for (const entry of collected) byService.set(entry.serviceId, [...(byService.get(entry.serviceId) ?? []), entry]);
  const serviceIds = [...byService.keys()];
  const [thresholdRows, openSignals, openIncidents, changes] = await Promise.all([
    listThresholdsOfServices(db(), serviceIds),
    listOpenSignalsOfServices(db(), serviceIds),
    listOpenIncidentsOfServices(db(), serviceIds),
    latestDeployAtOfServices(db(), serviceIds),
  ]);
  const now = Date.now();
  const statuses = new Map<string, HealthStatus>();

  for (const [serviceId, entries] of byService) {
    const thresholds = thresholdRows.find((row) => row.serviceId === serviceId) ?? null;
    const incidents = openIncidents.filter((row) => row.serviceId === serviceId).map((row) => row.incident);
    const anchor = anchorOf([changes.get(serviceId)?.getTime(), ...incidents.map((incident) => incident.detectedAt.getTime())], now);
    const judged = await judgeService(serviceId, entries, thresholds, anchor, now);
    const open = openSignals.filter((signal) => signal.serviceId === serviceId);
    const toOpen = judged.breaches.filter((breach) => !open.some((signal) => signal.kind === breach.kind));
    const toClear = open.filter((signal) => judged.judgedKinds.has(signal.kind) && !judged.breaches.some((breach) => breach.kind === signal.kind));
    if (toOpen.length > 0 || toClear.length > 0) {
      await applyHealthSignals({ serviceId, toOpen, toClear, incidents, thresholds, now: new Date(now) });
    }
    if (judged.checksOk !== null) lastChecksOk.set(serviceId, judged.checksOk);
    statuses.set(serviceId, statusAfter(serviceId, open, toOpen.length, toClear));
  }
  return statuses;
}

async function judgeService(serviceId: string, entries: CollectedSource[], row: ThresholdsRow | null, anchorMs: number, nowMs: number) {
  const thresholds = row ?? DEFAULT_THRESHOLDS;
  const metricEntries = entries.filter((entry) => entry.kind !== "http_probe" && entry.result.ok);
  const probes = entries.filter((entry) => entry.kind === "http_probe");
  const checkEntries = probes.length > 0 ? probes : entries;
  const figures = metricEntries.map((entry) => (entry.kind === "prometheus_scrape" ? windowFigures(entry.carry) : entry.result));
  const errorRate = maxOf(figures.map((figure) => figure.errorRate));
  const p95Ms = maxOf(figures.map((figure) => figure.p95Ms));
  const baselineP95Ms = p95Ms === null ? null : await baselineP95For(serviceId, anchorMs, thresholds.baselineMinutes);
  const unavailableMinutes = Math.max(0, ...checkEntries.map((entry) => (entry.carry.failingSinceMs === null ? 0 : (nowMs - entry.carry.failingSinceMs) / 60_000)));
  const consecutiveFailedChecks = Math.max(0, ...checkEntries.map((entry) => entry.consecutiveFailures));

  const breaches = evaluateHealth({ thresholds, latest: { errorRate, p95Ms }, baselineP95Ms, unavailableMinutes, consecutiveFailedChecks });
  const judgedKinds = new Set<Breach["kind"]>([...(metricEntries.length > 0 ? METRIC_KINDS : []), ...(checkEntries.length > 0 ? CHECK_KINDS : [])]);
  const checksOk = checkEntries.length > 0 ? checkEntries.every((entry) => entry.result.ok) : null;
  return { breaches: breaches.filter((breach) => judgedKinds.has(breach.kind)), judgedKinds, checksOk };
}

/** The regression baseline ends at the latest deploy or incident, if recent; otherwise a few minutes ago. */
function anchorOf(candidates: (number | undefined)[], nowMs: number): number {
  const recent = candidates.filter((at): at is number => at !== undefined && nowMs - at < ANCHOR_MAX_AGE_MS);
  if (recent.length > 0) return Math.max(...recent);
  // Whole minutes, so the baseline cache keeps its key for a minute.
  return Math.floor((nowMs - DEFAULT_ANCHOR_LAG_MS) / 60_000) * 60_000;
}

function statusAfter(serviceId: string, open: HealthSignalRow[], opened: number, cleared: HealthSignalRow[]): HealthStatus {
  return serviceHealthStatus({ hasSources: true, latestChecksOk: lastChecksOk.get(serviceId) ?? null, openBreaches: open.length - cleared.length + opened });
}

function maxOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}
