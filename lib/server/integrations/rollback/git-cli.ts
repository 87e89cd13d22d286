import "server-only";
import { ActionFailure } from "./action-executor";
import { ProcessStartError, runStreamingProcess } from "./stream-process-output";

export type GitResult = { exitCode: number; stdout: string[]; stderr: string[] };

export type GitOptions = {
  signal: AbortSignal;
  /** Extra variables for this call (credentials, identity); everything else is the minimal base. */
  env?: Record<string, string>;
  stdin?: string;
  /** Exit codes that answer a question rather than fail (`symbolic-ref` on a detached HEAD answers 1). */
  allowExitCodes?: number[];
};

/** Variables passed on from Rewind's environment: the host's git configuration, SSH agent and proxy. */
const INHERITED = ["PATH", "HOME", "SSH_AUTH_SOCK", "GIT_SSH_COMMAND", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"];

function gitEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    ...env,
    // Messages in English for the log; never a prompt that would wait for a terminal nobody watches.
    LC_ALL: "C",
    GIT_TERMINAL_PROMPT: "0",
    // Read-only commands (status, describe) must not rewrite the index of the real clone.
    GIT_OPTIONAL_LOCKS: "0",
    ...extra,
  };
}

/** "git revert abc: error: could not revert abc... hint: …" → the first line git meant for a person. */
export function gitErrorText(result: Pick<GitResult, "stderr" | "stdout">): string {
  const lines = [...result.stderr, ...result.stdout].map((line) => line.trim()).filter((line) => line && !line.startsWith("hint:"));
  return lines.slice(0, 3).join(" ") || "no message";
}

/** Runs `git -C <repository> …args` with argv and no shell; a failing exit becomes an ActionFailure. */
export async function git(repository: string, args: string[], options: GitOptions): Promise<GitResult> {
  let outcome;
  try {
    outcome = await runStreamingProcess({ argv: ["git", "-C", repository, ...args], cwd: "/", env: gitEnvironment(options.env), signal: options.signal, stdin: options.stdin });
  } catch (error) {
    if (error instanceof ProcessStartError) throw new ActionFailure(`Could not run git on this host: ${error.message}`);
    throw error;
  }
  if (outcome.stoppedBy) throw new ActionFailure(`git ${args[0]} was stopped: the step was cancelled or ran out of time`);
  const exitCode = outcome.exitCode ?? -1;
  const result = { exitCode, stdout: outcome.stdout, stderr: outcome.stderr };
  if (exitCode === 0 || options.allowExitCodes?.includes(exitCode)) return result;
  throw new ActionFailure(`git ${args[0]} failed in ${repository}: ${gitErrorText(result)}`);
}

/** The first line of a command's output, trimmed. */
export async function gitLine(repository: string, args: string[], options: GitOptions): Promise<string> {
  return (await git(repository, args, options)).stdout[0]?.trim() ?? "";
}
