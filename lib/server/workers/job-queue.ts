import "server-only";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { clearJobQueueHandle, setJobQueueHandle } from "../jobs/job-queue-handle";
import { pruneHealthData } from "../services/health/prune-health-data";
import { rollUpRecentHealth } from "../services/health/roll-up-recent-health";
import { startRollbackWorkers } from "./rollback-workers";

/** Scheduled housekeeping. pg-boss runs each cron job once per slot across all instances. */
const SCHEDULES = [
  { name: "health-rollup", cron: "* * * * *", run: () => rollUpRecentHealth() },
  { name: "health-retention", cron: "17 * * * *", run: () => pruneHealthData() },
] as const;

export type JobQueue = { stop(): Promise<void> };

export async function startJobQueue(options: { connectionString: string; instanceId: string; stepLeaseMs: number; log: Logger }): Promise<JobQueue> {
  const log = options.log.child({ component: "jobs" });
  // Room for the step workers' fetches next to the cron and the enqueues of route handlers.
  const boss = new PgBoss({ connectionString: options.connectionString, schema: "pgboss", application_name: "rewind-jobs", max: 8 });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  setJobQueueHandle(boss);
  for (const job of SCHEDULES) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron);
    await boss.work(job.name, async () => {
      log.debug({ job: job.name, result: await job.run() }, "job done");
    });
  }
  const rollbacks = await startRollbackWorkers({ boss, connectionString: options.connectionString, instanceId: options.instanceId, leaseMs: options.stepLeaseMs, log });
  return {
    async stop() {
      await rollbacks.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 8_000 });
      clearJobQueueHandle(boss);
    },
  };
}
