import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pollUntil } from "@/lib/testing/poll-until";
import { freePort } from "./integration-global-setup";

/** Debian's package (`apt-get install prometheus`); `npm test` installs it when missing. */
export const PROMETHEUS_PATH = process.env.PROMETHEUS_PATH ?? "/usr/bin/prometheus";
const STOP_GRACE_MS = 5_000;

export type RunningPrometheus = { url: string; stop(): Promise<void> };

/**
 * A real Prometheus server for integration tests: scrapes `targets`
 * (host:port, job "sandbox") every `scrapeIntervalSeconds`, keeps its TSDB
 * in a temporary directory, and listens on a free 127.0.0.1 port.
 */
export async function startPrometheus(options: { targets: string[]; scrapeIntervalSeconds: number }): Promise<RunningPrometheus> {
  if (!existsSync(PROMETHEUS_PATH)) {
    throw new Error(`Prometheus is missing at ${PROMETHEUS_PATH}. Install it with \`sudo apt-get install -y prometheus\`, or point PROMETHEUS_PATH at a binary.`);
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), "rewind-prometheus-"));
  const configFile = path.join(workDir, "prometheus.yml");
  writeFileSync(configFile, prometheusConfig(options.targets, options.scrapeIntervalSeconds));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const child = spawn(
    PROMETHEUS_PATH,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${path.join(workDir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) {
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(forced);
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const outcome = await pollUntil(
      "Prometheus to be ready",
      async () => {
        if (!running) return "exited";
        const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1_000) });
        return response.ok ? "ready" : undefined;
      },
      { timeoutMs: 20_000 },
    );
    if (outcome === "exited") throw new Error(`Prometheus exited before it was ready: ${stderr.trim()}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function prometheusConfig(targets: string[], intervalSeconds: number): string {
  const interval = `${intervalSeconds}s`;
  return [
    "global:",
    `  scrape_interval: ${interval}`,
    `  evaluation_interval: ${interval}`,
    "scrape_configs:",
    "  - job_name: sandbox",
    `    scrape_interval: ${interval}`,
    // A scrape may not outlast its interval.
    `    scrape_timeout: ${interval}`,
    "    static_configs:",
    `      - targets: [${targets.map((target) => JSON.stringify(target)).join(", ")}]`,
    "",
  ].join("\n");
}
