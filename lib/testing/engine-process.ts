/**
 * A Rewind rollback engine in a process of its own, for crash tests: it runs
 * the same job queue and workers as `npm start` against DATABASE_URL, prints
 * "ready", and is then killed with SIGKILL by the test.
 */
import pino from "pino";
import { startJobQueue } from "@/lib/server/workers/job-queue";

// CommonJS under tsx: no top-level await.
void startJobQueue({
  connectionString: process.env.DATABASE_URL!,
  instanceId: process.env.REWIND_INSTANCE_ID ?? "engine-process",
  stepLeaseMs: Number(process.env.REWIND_STEP_LEASE_MS ?? 15_000),
  log: pino({ level: "silent" }),
}).then(() => process.stdout.write("ready\n"));
