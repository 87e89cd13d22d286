import { z } from "zod";
import { secretRefSchema } from "./secret-ref";

/** The checks that prove a rollback restored service (seed 000's verify_rollback.py, seed 001's post-rollback verification). */
export const verificationCheckSchema = z.discriminatedUnion("kind", [
  /** Every HTTP probe source of the service, plus these URLs, answers 2xx. */
  z.strictObject({ kind: z.literal("health_endpoints"), urls: z.array(z.url()).max(20).default([]) }),
  /** Over the window, the error rate stays below the service's threshold. */
  z.strictObject({ kind: z.literal("error_rate") }),
  /** Over the window, p95 stays within the baseline plus the allowed increase. */
  z.strictObject({ kind: z.literal("p95_baseline") }),
  /** A critical flow answers as expected. */
  z.strictObject({
    kind: z.literal("http"),
    name: z.string().trim().min(1).max(120),
    method: z.enum(["GET", "POST", "HEAD"]).default("GET"),
    url: z.url(),
    expectedStatus: z.number().int().min(100).max(599).default(200),
    bodyContains: z.string().max(500).optional(),
  }),
  /** Row counts equal the ones captured before the rollback. */
  z.strictObject({
    kind: z.literal("sql_row_counts"),
    database: secretRefSchema,
    tables: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, "must be a table name")).min(1).max(50),
    tolerancePercent: z.number().min(0).max(100).default(0),
  }),
]);
export type VerificationCheck = z.infer<typeof verificationCheckSchema>;

export const verificationConfigSchema = z.strictObject({
  windowSeconds: z.number().int().min(0).max(3_600).default(60),
  checks: z.array(verificationCheckSchema).max(30).default([]),
});
export type VerificationConfig = z.infer<typeof verificationConfigSchema>;

export type CheckOutcome = { kind: VerificationCheck["kind"]; name: string; passed: boolean; expected: string; actual: string };

export type VerificationReport = {
  startedAt: string;
  finishedAt: string;
  windowSeconds: number;
  checks: CheckOutcome[];
  /** Share of checks that passed, 0..1. */
  passRate: number;
  passed: boolean;
};

export function summarizeVerification(checks: CheckOutcome[], window: { startedAt: Date; finishedAt: Date; windowSeconds: number }): VerificationReport {
  const passedCount = checks.filter((check) => check.passed).length;
  return {
    startedAt: window.startedAt.toISOString(),
    finishedAt: window.finishedAt.toISOString(),
    windowSeconds: window.windowSeconds,
    checks,
    passRate: checks.length === 0 ? 1 : passedCount / checks.length,
    passed: passedCount === checks.length,
  };
}
