import { EventEmitter } from "node:events";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import PgBoss from "pg-boss";
import pino from "pino";
import type { Server } from "socket.io";
import { clearJobQueueHandle, setJobQueueHandle } from "@/lib/server/jobs/job-queue-handle";
import { setRealtimeServer } from "@/lib/server/realtime/realtime-server";
import type { RollbackRunDto, StepLogDto } from "@/lib/server/services/rollbacks/rollback-run-dto";
import { startJobQueue, type JobQueue } from "@/lib/server/workers/job-queue";

/** The real engine (pg-boss workers, wake-up LISTEN, sweeps) against this test file's database. */
export function startTestRollbackEngine(options: { instanceId?: string; leaseMs?: number } = {}): Promise<JobQueue> {
  return startJobQueue({
    connectionString: process.env.DATABASE_URL!,
    instanceId: options.instanceId ?? "test-instance",
    stepLeaseMs: options.leaseMs ?? 15_000,
    log: pino({ level: "silent" }),
  });
}

/** Lets this process enqueue (start runs, send commands) while the workers run elsewhere, as a web-only instance would. */
export async function startJobProducer(): Promise<{ stop(): Promise<void> }> {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", supervise: false, schedule: false, max: 2 });
  await boss.start();
  setJobQueueHandle(boss);
  return {
    async stop() {
      clearJobQueueHandle(boss);
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

/** Starts lib/testing/engine-process.ts and resolves once its workers run. */
export async function spawnEngineProcess(env: { instanceId: string; leaseMs: number }): Promise<ChildProcess> {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--require", "./scripts/server-only-shim.cjs", "--import", "tsx", "lib/testing/engine-process.ts"], {
    cwd: root,
    env: { ...process.env, REWIND_INSTANCE_ID: env.instanceId, REWIND_STEP_LEASE_MS: String(env.leaseMs), LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8");
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: string) => {
      output += chunk;
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`The engine process exited (${code}) before it was ready`)));
  });
  return child;
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGKILL");
  await once(child, "exit");
}

export type RunWatcher = {
  /** Resolves with the first published state of the run that satisfies `predicate` (including one already seen). */
  waitForRun(runId: string, predicate: (run: RollbackRunDto) => boolean, timeoutMs?: number): Promise<RollbackRunDto>;
  logsOf(runId: string): StepLogDto[];
  events: { room: string; event: string; payload: unknown }[];
};

/** Stands in for socket.io, as recording-realtime-server does, and lets a test await a run's published states instead of sleeping. */
export function watchRuns(): RunWatcher {
  const emitter = new EventEmitter();
  const latest = new Map<string, RollbackRunDto>();
  const logs = new Map<string, StepLogDto[]>();
  const events: RunWatcher["events"] = [];
  const local = {
    to: (room: string) => ({
      emit: (event: string, payload: unknown) => {
        events.push({ room, event, payload });
        if (event === "rollback:run") {
          const run = payload as RollbackRunDto;
          latest.set(run.id, run);
          emitter.emit("run", run);
        }
        if (event === "rollback:logs" && room.startsWith("service:")) {
          const batch = payload as { runId: string; lines: StepLogDto[] };
          logs.set(batch.runId, [...(logs.get(batch.runId) ?? []), ...batch.lines]);
        }
      },
    }),
  };
  setRealtimeServer({ local, serverSideEmit: () => true } as unknown as Server);
  return {
    events,
    logsOf: (runId) => logs.get(runId) ?? [],
    waitForRun(runId, predicate, timeoutMs = 20_000) {
      const seen = latest.get(runId);
      if (seen && predicate(seen)) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          emitter.off("run", onRun);
          const last = latest.get(runId);
          reject(new Error(`Run ${runId} did not reach the expected state in ${timeoutMs} ms; last seen: ${last ? `${last.status}, steps ${last.steps.map((step) => step.status).join("/")}, verification ${last.verificationStatus}` : "nothing"}`));
        }, timeoutMs);
        const onRun = (run: RollbackRunDto) => {
          if (run.id !== runId || !predicate(run)) return;
          clearTimeout(timer);
          emitter.off("run", onRun);
          resolve(run);
        };
        emitter.on("run", onRun);
      });
    },
  };
}
