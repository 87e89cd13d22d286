import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Starts a bench TypeScript file in its own Node process (own event loop, own CPU accounting), with IPC. */
export function forkBenchProcess(file: string, env: Record<string, string> = {}): ChildProcess {
  return fork(path.resolve(file), [], {
    execArgv: ["--require", path.resolve("scripts/server-only-shim.cjs"), "--import", "tsx"],
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** The child's next IPC message that passes `accept`; rejects if the child exits first. */
export function nextMessage<T>(child: ChildProcess, accept: (message: unknown) => message is T): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`bench child exited (code ${code}) before answering`));
    };
    const cleanup = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

export function hasKey<K extends string>(key: K) {
  return (message: unknown): message is Record<K, unknown> => typeof message === "object" && message !== null && key in message;
}
