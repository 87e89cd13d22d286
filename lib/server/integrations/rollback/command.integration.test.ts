import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SecretRef, ValueOrSecret } from "@/lib/domain/rollback/secret-ref";
import { ActionFailure, type ActionContext, type LogLevel, type RunbookScriptDefinition } from "./action-executor";
import { commandExecutor } from "./command";

const run = promisify(execFile);
const SECRETS: Record<string, string> = { "deploy-token": "s3cr3t-value-9c1d" };

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "rewind-command-test-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A shell script file in the test's folder, run as `/bin/sh <file> …args`. */
async function shellScript(name: string, body: string): Promise<string> {
  const file = path.join(folder, `${name}.sh`);
  await writeFile(file, `${body}\n`);
  return file;
}

function definition(name: string, argv: string[], extra: { env?: Record<string, ValueOrSecret>; timeoutSeconds?: number } = {}): RunbookScriptDefinition {
  return { id: randomUUID(), name, argv, workingDirectory: folder, env: extra.env ?? {}, timeoutSeconds: extra.timeoutSeconds ?? 30 };
}

function actionContext(script: RunbookScriptDefinition, options: { onLine?: (line: string) => void; signal?: AbortSignal } = {}) {
  const lines: { line: string; level: LogLevel }[] = [];
  const reveal = async (ref: SecretRef) => {
    const value = SECRETS[ref.secret];
    if (value === undefined) throw new Error(`no secret ${ref.secret}`);
    return value;
  };
  const context: ActionContext = {
    idempotencyKey: "run-1:step-3",
    signal: options.signal ?? new AbortController().signal,
    log: (line, level = "info") => {
      lines.push({ line, level });
      options.onLine?.(line);
    },
    variables: { "incident.key": "INC-42", "incident.title": "Checkout errors", "actor.name": "Ada", "run.id": "run-1" },
    secrets: { reveal, resolve: (value) => (typeof value === "string" ? Promise.resolve(value) : reveal(value)) },
    sandboxBaseUrl: async () => null,
    runbookScript: async (id) => (id === script.id ? script : null),
  };
  return { context, lines, scriptLines: () => lines.slice(1) };
}

/** Alive and not a zombie waiting to be reaped. */
async function isRunning(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  return status !== null && status.slice(status.lastIndexOf(")") + 2)[0] !== "Z";
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the step succeeded"), (error: unknown) => error);

describe("the command action runs a registered script", () => {
  it("streams each output line to the log while the script still runs", async () => {
    // The script waits on a FIFO that the test writes only once the first line reached the log: a line held back until exit would hang it.
    const fifo = path.join(folder, "go");
    await run("mkfifo", [fifo]);
    const file = await shellScript("stream", ['echo "first line"', 'read go < "$1"', 'echo "second line"', 'echo "cache is cold" >&2', 'echo "third line"'].join("\n"));
    const script = definition("Warm caches", ["/bin/sh", file, fifo]);
    const { context, scriptLines } = actionContext(script, {
      onLine: (line) => {
        if (line === "first line") void writeFile(fifo, "go\n");
      },
    });

    const result = await commandExecutor.execute({ scriptId: script.id }, context);

    expect(scriptLines().filter((entry) => entry.level === "info")).toEqual([
      { line: "first line", level: "info" },
      { line: "second line", level: "info" },
      { line: "third line", level: "info" },
    ]);
    expect(scriptLines()).toContainEqual({ line: "cache is cold", level: "warn" });
    expect(result.summary).toMatch(/^"Warm caches" exited with code 0 after \d+\.\d s$/);
    expect(result.details).toMatchObject({ exitCode: 0, outputLines: 4, lastOutput: ["first line", "second line", "third line"] });
    expect(commandExecutor.resumable({ scriptId: script.id })).toBe(false);
  });

  it("gives the script its secret environment and Rewind's variables, never Rewind's own, and keeps the secret out of the log", async () => {
    const seen = path.join(folder, "seen-token");
    const file = await shellScript("env", [
      'printf %s "$API_TOKEN" > "$1"',
      'echo "using token $API_TOKEN in $REGION"',
      'echo "key=$REWIND_IDEMPOTENCY_KEY incident=$REWIND_INCIDENT_KEY title=$REWIND_INCIDENT_TITLE actor=${REWIND_ACTOR_NAME:-unset}"',
      'echo "database=${DATABASE_URL:-unset} cwd=$(pwd)"',
    ].join("\n"));
    const script = definition("Purge CDN", ["/bin/sh", file, seen], { env: { API_TOKEN: { secret: "deploy-token" }, REGION: "eu-west-1" } });
    const { context, lines } = actionContext(script);

    const result = await commandExecutor.execute({ scriptId: script.id }, context);

    expect(await readFile(seen, "utf8")).toBe(SECRETS["deploy-token"]);
    expect(lines.map((entry) => entry.line)).toEqual(
      expect.arrayContaining([
        "using token ******** in eu-west-1",
        "key=run-1:step-3 incident=INC-42 title=Checkout errors actor=unset",
        `database=unset cwd=${folder}`,
      ]),
    );
    expect(process.env.DATABASE_URL).toBeTruthy();
    expect(JSON.stringify(lines) + JSON.stringify(result)).not.toContain(SECRETS["deploy-token"]);
  });

  it("passes every argv element literally, with no shell in between", async () => {
    const victim = path.join(folder, "victim");
    await mkdir(victim);
    const printer = path.join(folder, "print-args.js");
    await writeFile(printer, "for (const arg of process.argv.slice(2)) console.log(`arg=[${arg}]`);\n");
    const hostile = [`; rm -rf ${victim}`, "$(touch marker)", "`touch marker`", "*", "a b", "&& echo pwned"];
    const script = definition("Print arguments", [process.execPath, printer, ...hostile]);
    const { context, scriptLines } = actionContext(script);

    await commandExecutor.execute({ scriptId: script.id }, context);

    expect(scriptLines().map((entry) => entry.line)).toEqual(hostile.map((arg) => `arg=[${arg}]`));
    expect((await stat(victim)).isDirectory()).toBe(true);
    await expect(stat(path.join(folder, "marker"))).rejects.toThrow(/ENOENT/);
  });

  it("fails with the exit code and the last error line", async () => {
    const file = await shellScript("fail", ['echo "flushing"', 'echo "cache flush failed: connection refused" >&2', "exit 3"].join("\n"));
    const script = definition("Flush cache", ["/bin/sh", file]);

    const failure = await failureOf(commandExecutor.execute({ scriptId: script.id }, actionContext(script).context));

    expect(failure).toBeInstanceOf(ActionFailure);
    expect((failure as Error).message).toBe('"Flush cache" exited with code 3: cache flush failed: connection refused');
  });

  it("stops a script that runs past its own timeout", async () => {
    const file = await shellScript("slow", ['echo "started"', "exec sleep 30"].join("\n"));
    const script = definition("Slow", ["/bin/sh", file], { timeoutSeconds: 1 });
    const started = Date.now();

    const failure = await failureOf(commandExecutor.execute({ scriptId: script.id }, actionContext(script).context));

    expect((failure as Error).message).toBe('"Slow" ran longer than its 1 s timeout and was stopped');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("kills a script that ignores SIGTERM five seconds later", async () => {
    const file = await shellScript("stubborn", ["trap '' TERM", 'echo "started"', "sleep 30"].join("\n"));
    const script = definition("Stubborn", ["/bin/sh", file], { timeoutSeconds: 1 });
    const started = Date.now();

    const failure = await failureOf(commandExecutor.execute({ scriptId: script.id }, actionContext(script).context));

    expect((failure as Error).message).toBe('"Stubborn" ran longer than its 1 s timeout and was stopped');
    expect(Date.now() - started).toBeGreaterThanOrEqual(6_000);
  }, 15_000);

  it("stops the script and what it started when the step is cancelled", async () => {
    const childPidFile = path.join(folder, "child.pid");
    const file = await shellScript("cancel", ['sleep 30 &', 'echo $! > "$1"', 'echo "started $$"', "wait"].join("\n"));
    const script = definition("Long job", ["/bin/sh", file, childPidFile]);
    const controller = new AbortController();
    let scriptPid = 0;
    const { context } = actionContext(script, {
      signal: controller.signal,
      onLine: (line) => {
        const match = /^started (\d+)$/.exec(line);
        if (match) {
          scriptPid = Number(match[1]);
          controller.abort();
        }
      },
    });

    const failure = await failureOf(commandExecutor.execute({ scriptId: script.id }, context));

    expect((failure as Error).message).toBe('"Long job" was stopped: the step was cancelled or ran out of time');
    expect(scriptPid).toBeGreaterThan(0);
    expect(await isRunning(scriptPid)).toBe(false);
    expect(await isRunning(Number(await readFile(childPidFile, "utf8")))).toBe(false);
  });

  it("refuses an unknown script id and reports a missing executable", async () => {
    const known = definition("Missing tool", ["/nonexistent/rollback-tool", "--now"]);
    const unknownId = randomUUID();
    const unknown = await failureOf(commandExecutor.execute({ scriptId: unknownId }, actionContext(known).context));
    expect((unknown as Error).message).toBe(`No runbook script has the id ${unknownId}; it may have been deleted (Settings → Scripts)`);
    await expect(commandExecutor.preview({ scriptId: unknownId }, actionContext(known).context)).rejects.toThrow(ActionFailure);

    const missing = await failureOf(commandExecutor.execute({ scriptId: known.id }, actionContext(known).context));
    expect((missing as Error).message).toBe('Could not start "Missing tool": /nonexistent/rollback-tool: ENOENT');
  });
});

describe("the command action's preview", () => {
  it("describes argv, working directory and environment names, never values, and runs nothing", async () => {
    const marker = path.join(folder, "ran");
    const script = definition("Purge CDN", ["/usr/bin/touch", marker], { env: { API_TOKEN: { secret: "deploy-token" }, REGION: "eu-west-1" }, timeoutSeconds: 120 });

    const preview = await commandExecutor.preview({ scriptId: script.id }, actionContext(script).context);

    expect(preview).toEqual({
      description: `Run the runbook script "Purge CDN": ["/usr/bin/touch","${marker}"] in ${folder}`,
      dryRun: {
        supported: false,
        wouldDo: `run ["/usr/bin/touch","${marker}"] without a shell in ${folder}, with the environment PATH, HOME, LANG, API_TOKEN (secret deploy-token), REGION, REWIND_INCIDENT_KEY, REWIND_INCIDENT_TITLE, REWIND_RUN_ID, REWIND_IDEMPOTENCY_KEY, streaming its output and stopping it after 120 s`,
      },
    });
    expect(JSON.stringify(preview)).not.toContain("eu-west-1");
    await expect(stat(marker)).rejects.toThrow(/ENOENT/);
  });
});
