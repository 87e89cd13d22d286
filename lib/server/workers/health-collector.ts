import "server-only";
import type { Logger } from "pino";
import { metrics } from "../observability/metrics-registry";
import { collectHealthSources } from "../services/health/collect-health-sources";
import { holdLeaderLock } from "./leader-lock";

/** Any constant works, as long as every instance uses the same one. */
const COLLECTOR_LOCK_KEY = 0x52_57_4e_44; // "RWND"

export type HealthCollector = { isCollecting(): boolean; stop(): Promise<void> };

/**
 * Runs on every instance; only the one holding the collector lock collects.
 * Ticks start every `tickMs` and never overlap (a slow tick delays the next),
 * and each source's own interval decides whether a tick collects it.
 */
export function startHealthCollector(options: { connectionString: string; tickMs: number; lockRetryMs: number; log: Logger }): HealthCollector {
  const log = options.log.child({ component: "health-collector" });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const lock = holdLeaderLock({
    connectionString: options.connectionString,
    lockKey: COLLECTOR_LOCK_KEY,
    retryMs: options.lockRetryMs,
    log,
    onChange: (leader) => {
      metrics().healthCollectorLeader.set(leader ? 1 : 0);
      log.info({ leader }, leader ? "this instance now collects health" : "this instance no longer collects health");
    },
  });

  const tick = async () => {
    if (stopped || !lock.isLeader()) return;
    try {
      const { collected, writeMs } = await collectHealthSources();
      if (collected > 0) log.debug({ collected, writeMs }, "collected");
    } catch (error) {
      // A bad tick (a database blip) must not stop collection: the next tick tries again.
      log.error({ err: error }, "collector tick failed");
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      const started = Date.now();
      running = tick().finally(() => {
        running = null;
        schedule(Math.max(0, options.tickMs - (Date.now() - started)));
      });
    }, delayMs);
  };
  schedule(options.tickMs);

  return {
    isCollecting: () => lock.isLeader(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await lock.stop();
    },
  };
}
