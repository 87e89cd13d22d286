import "server-only";
import pg from "pg";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { JOB_WAKE_CHANNEL } from "../jobs/job-queue-handle";
import { alertLongRunningRuns } from "../services/rollbacks/engine/alert-long-running-runs";
import { captureRunState } from "../services/rollbacks/engine/capture-run-state";
import { executeRollbackStep } from "../services/rollbacks/engine/execute-step";
import { ROLLBACK_JOBS, type RunJobData, type StepJobData } from "../services/rollbacks/engine/job-names";
import { recoverInterruptedSteps } from "../services/rollbacks/engine/recover-interrupted-steps";
import { verifyRun } from "../services/rollbacks/engine/verify-run";

/** Steps of different runs run side by side; one worker per concurrent step. */
const STEP_WORKERS = 16;
const SWEEP_EVERY_MS = 2_000;

export type RollbackWorkerOptions = { boss: PgBoss; connectionString: string; instanceId: string; leaseMs: number; log: Logger };

/**
 * The rollback engine on this instance: pg-boss workers for capture, steps
 * and verification; a LISTEN that wakes them the moment a job is enqueued
 * anywhere in the cluster; and the sweep for interrupted steps and for runs
 * past 15 minutes.
 */
export async function startRollbackWorkers(options: RollbackWorkerOptions): Promise<{ stop(): Promise<void> }> {
  const { boss, log } = options;
  const worker = { instanceId: options.instanceId, log: log.child({ component: "rollback-engine" }), heartbeatMs: Math.max(250, Math.floor(options.leaseMs / 5)) };
  for (const name of Object.values(ROLLBACK_JOBS)) await boss.createQueue(name);
  const workOptions = { pollingIntervalSeconds: 0.5, batchSize: 1 };
  const workerIds: string[] = [];
  for (let index = 0; index < STEP_WORKERS; index += 1) {
    workerIds.push(await boss.work<StepJobData>(ROLLBACK_JOBS.step, workOptions, async (jobs) => {
      for (const job of jobs) await executeRollbackStep(job.data.stepRunId, job.data.attempt, worker);
    }));
  }
  workerIds.push(await boss.work<RunJobData>(ROLLBACK_JOBS.capture, workOptions, async (jobs) => {
    for (const job of jobs) await captureRunState(job.data.runId, worker.log);
  }));
  workerIds.push(await boss.work<RunJobData>(ROLLBACK_JOBS.verify, workOptions, async (jobs) => {
    for (const job of jobs) await verifyRun(job.data.runId);
  }));

  const listener = new pg.Client({ connectionString: options.connectionString, application_name: "rewind-jobs-wake" });
  listener.on("error", (error) => worker.log.warn({ err: error }, "job wake listener failed; workers fall back to polling"));
  listener.on("notification", () => {
    for (const id of workerIds) boss.notifyWorker(id);
  });
  await listener.connect();
  await listener.query(`LISTEN ${JOB_WAKE_CHANNEL}`);

  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    Promise.all([recoverInterruptedSteps(options.leaseMs, worker.log), alertLongRunningRuns()])
      .catch((error: unknown) => worker.log.error({ err: error }, "rollback sweep failed"))
      .finally(() => {
        sweeping = false;
      });
  }, SWEEP_EVERY_MS);

  return {
    async stop() {
      clearInterval(sweep);
      await listener.end().catch(() => undefined);
    },
  };
}
