import "server-only";
import type { Logger } from "pino";
import type { Db } from "../../../db/client";
import type { LogLevel } from "../../../integrations/rollback/action-executor";
import { insertStepLogs } from "../../../queries/rollback-runs";
import { publish } from "../../../realtime/realtime-server";
import { toStepLogDto } from "../rollback-run-dto";

/** Often enough that a line reaches viewers well within 500 ms, rarely enough to batch a chatty step's inserts. */
const FLUSH_EVERY_MS = 100;
const MAX_LINE_LENGTH = 2_000;

export type StepLogWriter = { log(line: string, level?: LogLevel): void; close(): Promise<void> };

/**
 * Collects a step's log lines, scrubs revealed secrets, stores them in
 * batches and publishes each batch (with its ids, so reconnecting viewers
 * merge the REST backlog and the stream without duplicates).
 */
export function startStepLogWriter(db: Db, options: { runId: string; stepRunId: string; rooms: string[]; scrub(text: string): string; log: Logger }): StepLogWriter {
  let pending: { runId: string; stepRunId: string; at: Date; level: LogLevel; line: string }[] = [];
  let flushing: Promise<void> = Promise.resolve();

  const flush = () => {
    if (pending.length === 0) return flushing;
    const batch = pending;
    pending = [];
    flushing = flushing.then(async () => {
      try {
        const rows = await insertStepLogs(db, batch);
        const lines = rows.map(toStepLogDto);
        for (const room of options.rooms) publish(room, "rollback:logs", { runId: options.runId, lines });
      } catch (error) {
        options.log.error({ err: error, stepRunId: options.stepRunId }, "could not store step log lines");
      }
    });
    return flushing;
  };
  const timer = setInterval(flush, FLUSH_EVERY_MS);

  return {
    log(line, level = "info") {
      const clean = options.scrub(line).slice(0, MAX_LINE_LENGTH);
      pending.push({ runId: options.runId, stepRunId: options.stepRunId, at: new Date(), level, line: clean });
    },
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
