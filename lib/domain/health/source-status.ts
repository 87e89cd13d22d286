import { serviceHealthStatus, type ServiceHealthStatus } from "./health-status";

type SourceState = { kind: string; enabled: boolean; lastCollectedAt: Date | null; consecutiveFailures: number };

/** A service's status from its sources' last collections: probes decide "down" when it has any, else every source does. */
export function statusFromSources(sources: readonly SourceState[], openSignals: number): ServiceHealthStatus {
  const collected = sources.filter((source) => source.enabled && source.lastCollectedAt !== null);
  const probes = collected.filter((source) => source.kind === "http_probe");
  const checks = probes.length > 0 ? probes : collected;
  return serviceHealthStatus({
    hasSources: sources.length > 0,
    latestChecksOk: checks.length > 0 ? checks.every((source) => source.consecutiveFailures === 0) : null,
    openBreaches: openSignals,
  });
}
