import "server-only";
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { ActionFailure, type LogLevel } from "./action-executor";
import { abortFailure } from "./postgres-connection";

const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";
const STOP_GRACE_MS = 5_000;
const MAX_LINE_LENGTH = 1_000;

/**
 * Where a PostgreSQL program lives: `PG_BIN_DIR`, else the highest
 * `/usr/lib/postgresql/<major>/bin` that has it (Debian installs several
 * majors side by side and keeps them off PATH), else PATH. pg_dump refuses
 * servers newer than itself, so the highest major is the one to use.
 */
export function postgresProgram(name: string): string {
  const configured = process.env.PG_BIN_DIR?.trim();
  if (configured) return path.join(configured, name);
  const debian = debianPostgresBinDirs().find((dir) => existsSync(path.join(dir, name)));
  return debian ? path.join(debian, name) : name;
}

/** `/usr/lib/postgresql/<major>/bin` directories, highest major first. */
export function debianPostgresBinDirs(): string[] {
  if (!existsSync(DEBIAN_POSTGRES_ROOT)) return [];
  return readdirSync(DEBIAN_POSTGRES_ROOT)
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(DEBIAN_POSTGRES_ROOT, major, "bin"));
}

export type ToolRun = {
  executable: string;
  args: string[];
  /** The whole environment of the program: nothing is inherited from Rewind. */
  env: Record<string, string>;
  cwd?: string;
  signal: AbortSignal;
  /** Receives each output line, already scrubbed. */
  log(line: string, level: LogLevel): void;
  scrub(line: string): string;
  /** Keep stdout lines for the caller instead of logging them. */
  captureStdout?: boolean;
};

/** `error` is the first stderr line that says "error:" (pg tools follow it with DETAIL, HINT and the command), else the last one. */
export type ToolOutcome = { exitCode: number; stdout: string[]; error: string | null };

/**
 * Runs a program from an argv array (never a shell), streaming its output
 * line by line. On abort the whole process group gets SIGTERM, then SIGKILL
 * after a grace period, and the run rejects once the process has exited.
 */
export function runTool(run: ToolRun): Promise<ToolOutcome> {
  if (run.signal.aborted) return Promise.reject(abortFailure(run.signal));
  const name = path.basename(run.executable);
  return new Promise((resolve, reject) => {
    const child = spawn(run.executable, run.args, {
      cwd: run.cwd,
      env: run.env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that a cancel also stops what it started.
      detached: true,
    });
    if (child.pid !== undefined) run.log(`${name} started (pid ${child.pid})`, "info");
    const stdout: string[] = [];
    let firstError: string | null = null;
    let lastLine: string | null = null;
    let forced: NodeJS.Timeout | undefined;
    const stop = () => {
      killGroup(child.pid, "SIGTERM");
      forced = setTimeout(() => killGroup(child.pid, "SIGKILL"), STOP_GRACE_MS);
    };
    run.signal.addEventListener("abort", stop, { once: true });

    const streamClosed = (stream: NodeJS.ReadableStream, onLine: (line: string) => void) =>
      new Promise<void>((done) => {
        const lines = createInterface({ input: stream, crlfDelay: Infinity });
        lines.on("line", (raw) => {
          const line = run.scrub(raw.trimEnd()).slice(0, MAX_LINE_LENGTH);
          if (line) onLine(line);
        });
        lines.on("close", done);
      });
    const outputDone = Promise.all([
      streamClosed(child.stdout, (line) => (run.captureStdout ? stdout.push(line) : run.log(line, "info"))),
      streamClosed(child.stderr, (line) => {
        lastLine = line;
        if (firstError === null && /\b(error|ERROR|FATAL):/.test(line)) firstError = line;
        run.log(`${name}: ${line}`, "warn");
      }),
    ]);

    child.once("error", (error) => {
      run.signal.removeEventListener("abort", stop);
      reject(new ActionFailure(`Could not start ${run.executable}: ${error.message}`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(forced);
      run.signal.removeEventListener("abort", stop);
      void outputDone.then(() => {
        if (run.signal.aborted) reject(abortFailure(run.signal));
        else resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, error: firstError ?? lastLine });
      });
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Runs a tool and throws a commander-readable failure unless it exits 0. */
export async function runToolOrFail(run: ToolRun, what: string): Promise<ToolOutcome> {
  const outcome = await runTool(run);
  if (outcome.exitCode !== 0) {
    const reason = outcome.error ? `: ${outcome.error}` : "";
    throw new ActionFailure(`${what} failed (${path.basename(run.executable)} exited with ${outcome.exitCode})${reason}`);
  }
  return outcome;
}

/** The major version a client tool reports (`pg_dump (PostgreSQL) 15.18 …` → 15), or null. */
export function parseToolMajor(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine);
  return match ? Number(match[1]) : null;
}
