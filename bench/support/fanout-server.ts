import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { attachSocketServer } from "@/lib/server/realtime/socket-server";
import { publish } from "@/lib/server/realtime/realtime-server";
import { epochNowMs, type BenchSamplePayload, type Command, type ServerReady, type ServerResult } from "./fanout-protocol";
import { createProcessSampler } from "./process-sampler";

/**
 * Child process of the socket fan-out benchmark: the real socket.io server
 * (token auth, room handlers, Postgres adapter) on a plain HTTP server, and a
 * publisher that sends each service's health:sample once a second through
 * the real `publish()`, as the collector does after a tick.
 */
const databaseUrl = process.env.DATABASE_URL as string;
const serviceIds = (process.env.BENCH_SERVICE_IDS ?? "").split(",").filter(Boolean);
const httpServer = createServer();
const realtime = attachSocketServer(httpServer, databaseUrl);
const sampler = createProcessSampler();
let published = 0;
let serverDisconnects = 0;
let measuring = false;
let timer: NodeJS.Timeout | undefined;

realtime.io.on("connection", (socket) => {
  socket.on("disconnect", () => {
    if (measuring) serverDisconnects += 1;
  });
});

function samplePayload(serviceId: string, tick: number): BenchSamplePayload {
  const at = new Date();
  return {
    serviceId,
    sample: { sourceId: serviceId, at: at.toISOString(), ok: true, requestRate: 42 + (tick % 7), errorRate: 0.004, p95Ms: 87.5, latencyMs: 3.2, version: "2.4.1", error: null },
    status: "healthy",
    benchSentAt: epochNowMs(),
  };
}

/** Start-to-start 1 s cadence; each service's sample stamped just before its own publish. */
function startPublishing(): void {
  const started = performance.now();
  let tick = 0;
  const run = () => {
    for (const serviceId of serviceIds) {
      publish(`service:${serviceId}`, "health:sample", samplePayload(serviceId, tick));
      published += 1;
    }
    tick += 1;
    timer = setTimeout(run, Math.max(0, started + tick * 1_000 - performance.now()));
  };
  run();
}

process.on("message", (message: Command) => {
  if (message.command === "start") {
    measuring = true;
    sampler.start();
    startPublishing();
  } else if (message.command === "stop") {
    clearTimeout(timer);
    const report = sampler.stop();
    measuring = false;
    const result: ServerResult = { serverResult: { published, serverDisconnects, process: report } };
    process.send?.(result);
  }
});

process.on("disconnect", () => {
  void realtime.close().finally(() => httpServer.close(() => process.exit(0)));
});

httpServer.listen(0, "127.0.0.1", () => {
  const ready: ServerReady = { ready: { port: (httpServer.address() as AddressInfo).port } };
  process.send?.(ready);
});
