import { z } from "zod";
import { matchTriggers, type TriggerMatch } from "../decisions/triggers";

/** A service's trigger thresholds; the columns of ServiceThresholds. */
export type Thresholds = {
  errorRatePercent: number;
  p95IncreasePercent: number;
  unavailableMinutes: number;
  failedChecks: number;
  /** Length of the trailing window before a deploy or incident whose median p95 is the baseline. */
  baselineMinutes: number;
};

/** The seeds' triggers (002, 003): error rate > 5 %, p95 > 50 % over baseline, down > 5 min, 3 failed checks. */
export const DEFAULT_THRESHOLDS: Thresholds = { errorRatePercent: 5, p95IncreasePercent: 50, unavailableMinutes: 5, failedChecks: 3, baselineMinutes: 30 };

const CHANGE_FIELDS = ["errorRatePercent", "p95IncreasePercent", "unavailableMinutes", "failedChecks", "baselineMinutes", "declareIncident", "autoRollback"] as const;

export const updateThresholdsSchema = z
  .object({
    /** The version the client saw: a stale one means someone else changed the thresholds first (409). */
    version: z.number().int().min(1),
    errorRatePercent: z.number().gt(0, "must be above 0").max(100, "must be at most 100").optional(),
    p95IncreasePercent: z.number().gt(0, "must be above 0").max(1_000, "must be at most 1000").optional(),
    unavailableMinutes: z.number().gt(0, "must be above 0").max(1_440, "must be at most 1440 (a day)").optional(),
    failedChecks: z.number().int().min(1, "must be at least 1").max(100, "must be at most 100").optional(),
    baselineMinutes: z.number().int().min(1, "must be at least 1").max(1_440, "must be at most 1440 (a day)").optional(),
    declareIncident: z.boolean().optional(),
    autoRollback: z.boolean().optional(),
  })
  .refine((value) => CHANGE_FIELDS.some((field) => value[field] !== undefined), { message: `give at least one of ${CHANGE_FIELDS.join(", ")}` });
export type UpdateThresholdsInput = z.infer<typeof updateThresholdsSchema>;

/** Median of the p95 figures in [anchorMs − minutes, anchorMs); null with fewer than 3, too few to call normal. */
export function baselineP95(samples: { atMs: number; p95Ms: number | null }[], anchorMs: number, minutes: number): number | null {
  const startMs = anchorMs - minutes * 60_000;
  const values = samples
    .filter((sample) => sample.atMs >= startMs && sample.atMs < anchorMs)
    .flatMap((sample) => (sample.p95Ms !== null && Number.isFinite(sample.p95Ms) ? [sample.p95Ms] : []))
    .sort((a, b) => a - b);
  if (values.length < 3) return null;
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? (values[middle] ?? null) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
}

type Check = { atMs: number; ok: boolean };

/** Minutes since the first failure of the run of failures the checks end with; 0 when the latest check passed or there is none. */
export function unavailableMinutes(checks: Check[], nowMs: number): number {
  const failing = trailingFailures(checks);
  const firstFailure = failing[0];
  return firstFailure ? Math.max(0, (nowMs - firstFailure.atMs) / 60_000) : 0;
}

export function consecutiveFailures(checks: Check[]): number {
  return trailingFailures(checks).length;
}

function trailingFailures(checks: Check[]): Check[] {
  const chronological = [...checks].sort((a, b) => a.atMs - b.atMs);
  const lastOk = chronological.findLastIndex((check) => check.ok);
  return chronological.slice(lastOk + 1);
}

export type BreachKind = TriggerMatch["trigger"];
export type Breach = { kind: BreachKind; message: string; value: number; threshold: number; suggestedSeverity: "critical" | "high" | "medium" };

export type HealthEvaluationInput = {
  thresholds: Thresholds;
  /** errorRate is a ratio 0..1, as collected. */
  latest: { errorRate: number | null; p95Ms: number | null };
  baselineP95Ms: number | null;
  unavailableMinutes: number;
  consecutiveFailedChecks: number;
};

/**
 * The thresholds a service's latest figures break, with the severity to
 * suggest from the seed's matrix (001): an outage is critical; a performance
 * degradation over the threshold is high; an error rate is high, and critical
 * at five times its threshold (most requests failing is an outage).
 */
export function evaluateHealth(input: HealthEvaluationInput): Breach[] {
  const { thresholds } = input;
  const errorRatePct = input.latest.errorRate === null ? null : percentOf(input.latest.errorRate);
  const { p95Ms } = input.latest;
  const matches = matchTriggers(
    { errorRatePct, p95Ms, baselineP95Ms: input.baselineP95Ms, unavailableMinutes: input.unavailableMinutes, consecutiveFailedChecks: input.consecutiveFailedChecks },
    { errorRatePct: thresholds.errorRatePercent, latencyRegressionPct: thresholds.p95IncreasePercent, unavailableMinutes: thresholds.unavailableMinutes, consecutiveFailedChecks: thresholds.failedChecks },
  );
  return matches.map(({ trigger, message }): Breach => {
    switch (trigger) {
      case "error_rate": {
        const value = errorRatePct ?? 0;
        const threshold = thresholds.errorRatePercent;
        return { kind: trigger, message, value, threshold, suggestedSeverity: value >= 5 * threshold ? "critical" : "high" };
      }
      case "latency_regression": {
        const baseline = input.baselineP95Ms ?? 0;
        const value = baseline > 0 && p95Ms !== null ? ((p95Ms - baseline) / baseline) * 100 : 0;
        return { kind: trigger, message, value, threshold: thresholds.p95IncreasePercent, suggestedSeverity: "high" };
      }
      case "unavailable":
        return { kind: trigger, message, value: input.unavailableMinutes, threshold: thresholds.unavailableMinutes, suggestedSeverity: "critical" };
      case "failed_health_checks":
        return { kind: trigger, message, value: input.consecutiveFailedChecks, threshold: thresholds.failedChecks, suggestedSeverity: "high" };
    }
  });
}

/** 0.07 × 100 is 7.000000000000001 in floating point: rounded to 12 digits, a rate exactly at its threshold stays at it. */
function percentOf(ratio: number): number {
  return Number((ratio * 100).toPrecision(12));
}
