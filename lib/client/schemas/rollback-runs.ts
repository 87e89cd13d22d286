import { z } from "zod";
import { RUN_COMMANDS, RUN_STATUSES, STEP_STATUSES } from "@/lib/domain/rollback/run-state";

/** docs/api.md, `RollbackRun`. */
export const rollbackStepSchema = z.object({
  id: z.string(),
  position: z.number(),
  name: z.string(),
  kind: z.string(),
  description: z.string(),
  params: z.record(z.string(), z.unknown()),
  destructive: z.boolean(),
  requiresApproval: z.boolean(),
  pointOfNoReturn: z.boolean(),
  warning: z.string().nullable(),
  timeoutSeconds: z.number(),
  maxAttempts: z.number(),
  status: z.enum(STEP_STATUSES),
  attempt: z.number(),
  confirmedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  result: z.object({ summary: z.string() }).passthrough().nullable(),
  error: z.string().nullable(),
  skipReason: z.string().nullable(),
});
export type RollbackStep = z.infer<typeof rollbackStepSchema>;

const checkOutcomeSchema = z.object({ kind: z.string(), name: z.string(), passed: z.boolean(), expected: z.string(), actual: z.string() });

export const verificationReportSchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  windowSeconds: z.number(),
  checks: z.array(checkOutcomeSchema),
  passRate: z.number(),
  passed: z.boolean(),
});
export type VerificationReport = z.infer<typeof verificationReportSchema>;

export const rollbackRunSchema = z.object({
  id: z.string(),
  planId: z.string(),
  plan: z.object({ name: z.string(), type: z.string(), version: z.number() }),
  service: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  incident: z.object({ id: z.string(), key: z.string(), title: z.string() }).nullable(),
  mode: z.enum(["live", "drill"]),
  trigger: z.enum(["manual", "automatic"]),
  status: z.enum(RUN_STATUSES),
  reason: z.string(),
  startedBy: z.string(),
  overrodeConcurrent: z.boolean(),
  recoveryOfRunId: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  longRunning: z.boolean(),
  longRunningAlertedAt: z.string().nullable(),
  capture: z.record(z.string(), z.unknown()).nullable(),
  verificationStatus: z.enum(["not_started", "running", "passed", "failed", "skipped"]),
  verification: verificationReportSchema.nullable(),
  currentPosition: z.number().nullable(),
  allowedCommands: z.array(z.enum(RUN_COMMANDS)),
  version: z.number(),
  steps: z.array(rollbackStepSchema),
});
export type RollbackRun = z.infer<typeof rollbackRunSchema>;

export const rollbackRunsResponseSchema = z.object({ runs: z.array(rollbackRunSchema) });
export const rollbackRunResponseSchema = z.object({ run: rollbackRunSchema });

export const stepLogLineSchema = z.object({ id: z.string(), runId: z.string(), stepRunId: z.string(), at: z.string(), level: z.string(), line: z.string() });
export type StepLogLine = z.infer<typeof stepLogLineSchema>;
export const stepLogsResponseSchema = z.object({ lines: z.array(stepLogLineSchema) });
export const stepLogsPushSchema = z.object({ runId: z.string(), lines: z.array(stepLogLineSchema) });

/** The plan fields the start form needs; the plan editor has the full shape. */
export const runnablePlanSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  type: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  steps: z.array(z.object({ name: z.string(), kind: z.string(), description: z.string(), destructive: z.boolean(), pointOfNoReturn: z.boolean() }).passthrough()),
  version: z.number(),
});
export type RunnablePlan = z.infer<typeof runnablePlanSchema>;
export const runnablePlansResponseSchema = z.object({ plans: z.array(runnablePlanSchema) });
