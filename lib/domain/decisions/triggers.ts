/** Live health figures of a service at one moment; any may be unknown. */
export type HealthFigures = {
  errorRatePct?: number | null;
  p95Ms?: number | null;
  baselineP95Ms?: number | null;
  unavailableMinutes?: number | null;
  consecutiveFailedChecks?: number | null;
};

export type TriggerMatch = { trigger: "error_rate" | "latency_regression" | "unavailable" | "failed_health_checks"; message: string };

/** The seeds' rollback triggers (002, 003) with their default thresholds. */
export const TRIGGER_THRESHOLDS = { errorRatePct: 5, latencyRegressionPct: 50, unavailableMinutes: 5, consecutiveFailedChecks: 3 } as const;
/** A service's own thresholds (lib/domain/health/thresholds.ts) in the shape of the seeds'. */
export type TriggerThresholds = { [Key in keyof typeof TRIGGER_THRESHOLDS]: number };

export function matchTriggers(figures: HealthFigures, thresholds: TriggerThresholds = TRIGGER_THRESHOLDS): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  if (figures.errorRatePct != null && figures.errorRatePct > thresholds.errorRatePct) {
    matches.push({ trigger: "error_rate", message: `error rate ${round(figures.errorRatePct)}% > ${thresholds.errorRatePct}%` });
  }
  if (figures.p95Ms != null && figures.baselineP95Ms != null && figures.baselineP95Ms > 0) {
    const regressionPct = ((figures.p95Ms - figures.baselineP95Ms) / figures.baselineP95Ms) * 100;
    if (regressionPct > thresholds.latencyRegressionPct) {
      matches.push({ trigger: "latency_regression", message: `p95 ${round(figures.p95Ms)} ms is ${round(regressionPct)}% worse than the ${round(figures.baselineP95Ms)} ms baseline (> ${thresholds.latencyRegressionPct}%)` });
    }
  }
  if (figures.unavailableMinutes != null && figures.unavailableMinutes > thresholds.unavailableMinutes) {
    matches.push({ trigger: "unavailable", message: `unavailable for ${round(figures.unavailableMinutes)} min > ${thresholds.unavailableMinutes} min` });
  }
  if (figures.consecutiveFailedChecks != null && figures.consecutiveFailedChecks >= thresholds.consecutiveFailedChecks) {
    matches.push({ trigger: "failed_health_checks", message: `${figures.consecutiveFailedChecks} consecutive failed health checks (≥ ${thresholds.consecutiveFailedChecks})` });
  }
  return matches;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
