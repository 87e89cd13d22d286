export type ServiceHealthStatus = "healthy" | "degraded" | "down" | "unknown";

export type ServiceHealthInput = {
  hasSources: boolean;
  /** Whether the latest collection of the service's sources succeeded; null before the first one. */
  latestChecksOk: boolean | null;
  /** Threshold breaches not cleared yet. */
  openBreaches: number;
};

/** Down outranks degraded: a service that does not answer has worse problems than its error rate. */
export function serviceHealthStatus(input: ServiceHealthInput): ServiceHealthStatus {
  if (!input.hasSources || input.latestChecksOk === null) return "unknown";
  if (!input.latestChecksOk) return "down";
  return input.openBreaches > 0 ? "degraded" : "healthy";
}

/** Share of successful checks, 0..100; null without checks (unknown is not 100 %). */
export function availabilityPercent(checks: { ok: boolean }[]): number | null {
  if (checks.length === 0) return null;
  return (checks.filter((check) => check.ok).length / checks.length) * 100;
}
