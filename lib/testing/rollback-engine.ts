import { EventEmitter } from "node:events";
import pino from "pino";
import type { Server } from "socket.io";
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
