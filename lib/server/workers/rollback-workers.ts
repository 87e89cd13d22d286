import "server-only";
import pg from "pg";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { JOB_WAKE_CHANNEL, RUN_CANCEL_CHANNEL } from "../jobs/job-queue-handle";
import { alertLongRunningRuns } from "../services/rollbacks/engine/alert-long-running-runs";
import { captureRunState } from "../services/rollbacks/engine/capture-run-state";
import { executeRollbackStep } from "../services/rollbacks/engine/execute-step";
import { ROLLBACK_JOBS, type RunJobData, type StepJobData } from "../services/rollbacks/engine/job-names";
import { recoverInterruptedSteps } from "../services/rollbacks/engine/recover-interrupted-steps";
import { abortRunningSteps } from "../services/rollbacks/engine/running-steps";
import { verifyRun } from "../services/rollbacks/engine/verify-run";

/** Steps of different runs run side by side; one worker per concurrent step (captures and verifications are shorter). */
const STEP_WORKERS = 16;
const CAPTURE_WORKERS = 4;
const VERIFY_WORKERS = 4;
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
  // Polling is only the fallback: a NOTIFY wakes an idle worker of the queue the moment a job is enqueued.
  const workOptions = { pollingIntervalSeconds: 2, batchSize: 1 };
  const pools = new Map<string, { id: string; busy: boolean }[]>(Object.values(ROLLBACK_JOBS).map((name) => [name, []]));
  const addWorkers = async <T extends object>(queue: string, count: number, handle: (data: T) => Promise<void>) => {
    for (let index = 0; index < count; index += 1) {
      const slot = { id: "", busy: false };
      slot.id = await boss.work<T>(queue, workOptions, async (jobs) => {
        slot.busy = true;
        try {
          for (const job of jobs) await handle(job.data);
        } finally {
          slot.busy = false;
          // A worker that just did a job looks for the next one at once instead of sleeping through its polling interval.
          boss.notifyWorker(slot.id);
        }
      });
      pools.get(queue)!.push(slot);
    }
  };
  await addWorkers<StepJobData>(ROLLBACK_JOBS.step, STEP_WORKERS, (data) => executeRollbackStep(data.stepRunId, data.attempt, worker));
  await addWorkers<RunJobData>(ROLLBACK_JOBS.capture, CAPTURE_WORKERS, (data) => captureRunState(data.runId, worker.log));
  await addWorkers<RunJobData>(ROLLBACK_JOBS.verify, VERIFY_WORKERS, (data) => verifyRun(data.runId));

  const listener = new pg.Client({ connectionString: options.connectionString, application_name: "rewind-jobs-wake" });
  listener.on("error", (error) => worker.log.warn({ err: error }, "job wake listener failed; workers fall back to polling"));
  listener.on("notification", (message) => {
    if (message.channel === RUN_CANCEL_CHANNEL) return abortRunningSteps(message.payload ?? "");
    // Two idle workers per job: one fetches it, the other covers a fetch that lost the race to another instance's.
    for (const slot of (pools.get(message.payload ?? "") ?? []).filter((candidate) => !candidate.busy).slice(0, 2)) boss.notifyWorker(slot.id);
  });
  await listener.connect();
  await listener.query(`LISTEN ${JOB_WAKE_CHANNEL}`);
  await listener.query(`LISTEN ${RUN_CANCEL_CHANNEL}`);

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
