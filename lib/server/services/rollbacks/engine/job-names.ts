import "server-only";

/** pg-boss queues of the rollback engine (lib/server/workers/rollback-workers.ts runs them). */
export const ROLLBACK_JOBS = {
  capture: "rollback-capture",
  step: "rollback-step",
  verify: "rollback-verify",
} as const;

export type StepJobData = { stepRunId: string; attempt: number };
export type RunJobData = { runId: string };
