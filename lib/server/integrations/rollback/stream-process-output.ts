import "server-only";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export type OutputStream = "stdout" | "stderr";

export type ProcessRun = {
  /** argv[0] is the executable; the rest reach it as they are, with no shell in between. */
  argv: readonly string[];
  cwd: string;
  /** The whole environment of the process: nothing is inherited from Rewind's own. */
  env: Record<string, string>;
  /** Aborting stops the process: SIGTERM to its process group, SIGKILL after the grace period. */
  signal: AbortSignal;
  /** Stops the process the same way when it runs longer. */
  timeoutMs?: number;
  killGraceMs?: number;
  stdin?: string;
  /** Each output line as it is produced, without its line break. */
  onLine?: (line: string, stream: OutputStream) => void;
};

export type ProcessOutcome = {
  exitCode: number | null;
  /** The signal that ended the process, when one did. */
  exitSignal: NodeJS.Signals | null;
  /** Why Rewind stopped the process, when it did. */
  stoppedBy: "abort" | "timeout" | null;
  stdout: string[];
  stderr: string[];
};

/** The process could not start at all (a missing executable or working directory). */
export class ProcessStartError extends Error {
  constructor(
    readonly executable: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ProcessStartError";
  }
}

const DEFAULT_KILL_GRACE_MS = 5_000;
/** Output is kept for parsing and error messages; a runaway process must not fill Rewind's memory. */
const MAX_KEPT_LINES = 10_000;

/**
 * Runs a process from an argv array and hands over its output line by line
 * while it runs. The process leads its own process group, so that stopping it
 * also stops whatever it started (`sh` running `sleep`).
 */
export function runStreamingProcess(run: ProcessRun): Promise<ProcessOutcome> {
  const [executable, ...args] = run.argv;
  if (!executable) return Promise.reject(new ProcessStartError("", undefined, "no executable given"));
  if (run.signal.aborted) return Promise.resolve({ exitCode: null, exitSignal: null, stoppedBy: "abort", stdout: [], stderr: [] });

  return new Promise<ProcessOutcome>((resolve, reject) => {
    // Next's typing requires NODE_ENV in every environment; a child process gets exactly the variables given.
    const env = run.env as NodeJS.ProcessEnv;
    const child = spawn(executable, args, { cwd: run.cwd, env, shell: false, detached: true, stdio: "pipe" });
    const kept: Record<OutputStream, string[]> = { stdout: [], stderr: [] };
    let stoppedBy: ProcessOutcome["stoppedBy"] = null;
    let killTimer: NodeJS.Timeout | undefined;

    const signalGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const stop = (reason: "abort" | "timeout") => {
      if (stoppedBy) return;
      stoppedBy = reason;
      signalGroup("SIGTERM");
      killTimer = setTimeout(() => signalGroup("SIGKILL"), run.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
    };
    const onAbort = () => stop("abort");
    run.signal.addEventListener("abort", onAbort, { once: true });
    const timeoutTimer = run.timeoutMs === undefined ? undefined : setTimeout(() => stop("timeout"), run.timeoutMs);
    const cleanUp = () => {
      run.signal.removeEventListener("abort", onAbort);
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
    };

    const readLines = (stream: OutputStream) => {
      const source = child[stream];
      if (!source) return Promise.resolve();
      const lines = createInterface({ input: source, crlfDelay: Infinity });
      lines.on("line", (line) => {
        if (kept[stream].length < MAX_KEPT_LINES) kept[stream].push(line);
        run.onLine?.(line, stream);
      });
      return new Promise<void>((done) => lines.once("close", done));
    };
    const output = Promise.all([readLines("stdout"), readLines("stderr")]);

    child.once("error", (error: NodeJS.ErrnoException) => {
      cleanUp();
      reject(new ProcessStartError(executable, error.code, error.message));
    });
    child.once("close", (exitCode, exitSignal) => {
      cleanUp();
      void output.then(() => resolve({ exitCode, exitSignal, stoppedBy, stdout: kept.stdout, stderr: kept.stderr }));
    });

    // A process that does not read its input must not fail on a closed pipe.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(run.stdin ?? "");
  });
}
