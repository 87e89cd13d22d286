import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

type RewindMetrics = {
  registry: Registry;
  httpRequests: Counter<"method" | "status">;
  httpDuration: Histogram<"method">;
  socketClients: Gauge;
  healthBatchWrite: Histogram;
  healthCollectorLeader: Gauge;
};

const globalForMetrics = globalThis as unknown as { __rewindMetrics?: RewindMetrics };

/** One registry per process, shared by the custom server (which records) and the /api/metrics route (which exposes). */
export function metrics(): RewindMetrics {
  if (globalForMetrics.__rewindMetrics) return globalForMetrics.__rewindMetrics;
  const registry = new Registry();
  registry.setDefaultLabels({ instance_id: process.env.REWIND_INSTANCE_ID ?? "unknown" });
  collectDefaultMetrics({ register: registry, prefix: "rewind_" });
  globalForMetrics.__rewindMetrics = {
    registry,
    httpRequests: new Counter({ name: "rewind_http_requests_total", help: "HTTP requests served, by method and status", labelNames: ["method", "status"], registers: [registry] }),
    httpDuration: new Histogram({
      name: "rewind_http_request_duration_seconds",
      help: "HTTP request duration",
      labelNames: ["method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    socketClients: new Gauge({ name: "rewind_socketio_clients", help: "socket.io clients connected to this instance", registers: [registry] }),
    healthBatchWrite: new Histogram({
      name: "rewind_health_batch_write_seconds",
      help: "Time to write one collector tick's samples",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1],
      registers: [registry],
    }),
    healthCollectorLeader: new Gauge({ name: "rewind_health_collector_leader", help: "1 when this instance runs the health collector", registers: [registry] }),
  };
  return globalForMetrics.__rewindMetrics;
}
