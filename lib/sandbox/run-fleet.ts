/**
 * Runs the sandbox fleet on its own, without Rewind:
 * `node --import tsx lib/sandbox/run-fleet.ts [--state-dir DIR] [--port BASE] [--traffic N]`.
 * Prints a JSON line `{"services":[…]}` on stdout once every service is
 * ready (the services' own JSON log lines go there too; the fleet's go to
 * stderr), and runs until Ctrl-C or SIGTERM.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import pino from "pino";
import { startSandboxFleet } from "./fleet";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "state-dir": { type: "string", default: path.join(".data", "sandbox") },
      port: { type: "string" },
      traffic: { type: "string", default: "20" },
    },
  });
  const log = pino({ level: process.env.LOG_LEVEL || "info", base: { service: "sandbox-fleet" } }, pino.destination(2));
  const fleet = await startSandboxFleet({
    stateDir: path.resolve(values["state-dir"]),
    ports: values.port === undefined ? "auto" : Number(values.port),
    trafficPerSecond: Number(values.traffic),
    log,
  });
  console.log(JSON.stringify({ services: fleet.services }));

  const stop = () => void fleet.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
