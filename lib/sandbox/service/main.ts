/**
 * Entry point of one sandbox service process, started by the fleet
 * (lib/sandbox/fleet.ts) with `node --import tsx`. It can also run alone:
 * `SANDBOX_SERVICE=storefront SANDBOX_STATE_DIR=/tmp/sandbox node --import tsx lib/sandbox/service/main.ts`.
 */
import type { AddressInfo } from "node:net";
import pino from "pino";
import { findSandboxService } from "../fleet-definition";
import { createSandboxServer } from "./sandbox-server";
import { createServiceMetrics } from "./service-metrics";
import { type ReadyMessage, serviceEnvironmentSchema } from "./service-options";
import { createServiceRuntime } from "./service-runtime";
import { startTraffic } from "./traffic";

const log = pino({ level: process.env.LOG_LEVEL || "info", base: { service: `sandbox:${process.env.SANDBOX_SERVICE ?? "?"}` } });

async function main(): Promise<void> {
  const options = serviceEnvironmentSchema.parse(process.env);
  const service = findSandboxService(options.SANDBOX_SERVICE);
  if (!service) throw new Error(`Unknown sandbox service "${options.SANDBOX_SERVICE}"`);
  const runtime = createServiceRuntime({ service, stateDir: options.SANDBOX_STATE_DIR, metrics: createServiceMetrics() });
  const server = createSandboxServer(runtime, log);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.SANDBOX_PORT, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const traffic = startTraffic({ baseUrl: `http://127.0.0.1:${port}`, routes: service.routes, perSecond: options.SANDBOX_TRAFFIC_PER_SECOND });

  const stop = () => {
    traffic.stop();
    // Hung requests would keep close() waiting forever; the process is leaving anyway.
    server.closeAllConnections();
    server.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  if (process.send) {
    if (!process.connected) return stop();
    // Under the fleet, the parent decides when we stop (Ctrl-C reaches the whole process group),
    // and its death (the IPC channel closing) ends us, so no service outlives it.
    process.on("SIGINT", () => {});
    process.on("disconnect", stop);
    process.send({ type: "ready", port } satisfies ReadyMessage);
  } else {
    process.on("SIGINT", stop);
  }
  log.info({ port, version: runtime.describe().currentVersion }, "sandbox service listening");
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "sandbox service failed to start");
  process.exit(1);
});
