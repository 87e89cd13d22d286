import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { Logger } from "pino";
import { readyMessageSchema } from "./service/service-options";

// `__dirname`, not import.meta: the custom server loads this through tsx as CommonJS.
const PROJECT_DIR = path.resolve(__dirname, "..", "..");
const SERVICE_ENTRY = path.join(__dirname, "service", "main.ts");
/** tsx compiles the service on its first start: give a busy machine time. */
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

export type FleetLogger = Pick<Logger, "info" | "warn" | "error">;

export type SupervisorOptions = {
  slug: string;
  /** 0: any free port at first start; the service keeps the port it got across restarts. */
  port: number;
  stateDir: string;
  trafficPerSecond: number;
  restartDelayMs: number;
  log: FleetLogger;
};

/**
 * Keeps one sandbox service process running: starts it, waits for its ready
 * message, and restarts it after `restartDelayMs` whenever it exits (crash
 * fault, or killed) until `stop()`.
 */
export class ServiceSupervisor {
  private child: ChildProcess | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private started = false;
  private port: number;

  constructor(private readonly options: SupervisorOptions) {
    this.port = options.port;
  }

  /** Resolves with the port once the service is ready. */
  async start(): Promise<number> {
    const { slug, stateDir, trafficPerSecond } = this.options;
    const child = spawn(process.execPath, ["--import", "tsx", SERVICE_ENTRY], {
      cwd: PROJECT_DIR,
      env: {
        ...process.env,
        SANDBOX_SERVICE: slug,
        SANDBOX_STATE_DIR: stateDir,
        SANDBOX_PORT: String(this.port),
        SANDBOX_TRAFFIC_PER_SECOND: String(trafficPerSecond),
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.child = child;
    child.once("exit", (code, signal) => this.onExit(child, code, signal));
    this.port = await waitForReady(child, slug);
    this.started = true;
    return this.port;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || hasExited(child)) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const forced = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(forced);
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child === child) this.child = null;
    // A service that never became ready fails the fleet's start instead of looping.
    if (this.stopping || !this.started) return;
    const { slug, restartDelayMs, log } = this.options;
    log.warn({ slug, code, signal, restartInMs: restartDelayMs }, "sandbox service exited; restarting it");
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.start().then(
        (port) => log.info({ slug, port }, "sandbox service restarted"),
        // Its exit schedules the next attempt.
        (error: unknown) => this.stopping || log.error({ slug, err: error }, "sandbox service failed to restart"),
      );
    }, restartDelayMs);
  }
}

function waitForReady(child: ChildProcess, slug: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      child.kill("SIGKILL");
      reject(new Error(`Sandbox service ${slug} was not ready within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      const ready = readyMessageSchema.safeParse(message);
      if (!ready.success) return;
      cleanUp();
      resolve(ready.data.port);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanUp();
      reject(new Error(`Sandbox service ${slug} exited (${signal ?? `code ${code}`}) before it was ready`));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.off("error", onError);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}
