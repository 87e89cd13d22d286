import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { CommandParams } from "@/lib/domain/rollback/actions/command";
import { ActionFailure, type ActionContext, type ActionEnvironment, type ActionExecutor, type ActionPreview, type ActionResult, type RunbookScriptDefinition } from "./action-executor";
import { describeEnvironmentNames, scriptEnvironment } from "./command-environment";
import { ProcessStartError, runStreamingProcess } from "./stream-process-output";

const MAX_LINE_LENGTH = 2_000;
const KEPT_OUTPUT_LINES = 5;

async function loadScript(params: CommandParams, environment: ActionEnvironment): Promise<RunbookScriptDefinition> {
  const script = await environment.runbookScript(params.scriptId);
  if (!script) throw new ActionFailure(`No runbook script has the id ${params.scriptId}; it may have been deleted (Settings → Scripts)`);
  if (script.argv.length === 0 || !script.argv[0]) throw new ActionFailure(`The runbook script "${script.name}" has no executable`);
  if (!path.isAbsolute(script.workingDirectory)) throw new ActionFailure(`The working directory of "${script.name}" must be an absolute path, not ${script.workingDirectory}`);
  return script;
}

/** argv as JSON: every element visible, quotes and spaces unambiguous. */
function showArgv(argv: string[]): string {
  return JSON.stringify(argv);
}

function clip(line: string): string {
  return line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
}

async function assertDirectory(script: RunbookScriptDefinition): Promise<void> {
  const entry = await stat(script.workingDirectory).catch(() => null);
  if (!entry?.isDirectory()) throw new ActionFailure(`The working directory ${script.workingDirectory} of "${script.name}" does not exist on the Rewind host`);
}

async function execute(params: CommandParams, context: ActionContext): Promise<ActionResult> {
  const script = await loadScript(params, context);
  await assertDirectory(script);
  const { env, scrub } = await scriptEnvironment(script, context, context.idempotencyKey);
  context.log(`Running "${script.name}": ${scrub(showArgv(script.argv))} in ${script.workingDirectory}, stopped after ${script.timeoutSeconds} s`);

  const started = performance.now();
  let lastError: string | null = null;
  let lineCount = 0;
  const lastOutput: string[] = [];
  let outcome;
  try {
    outcome = await runStreamingProcess({
      argv: script.argv,
      cwd: script.workingDirectory,
      env,
      signal: context.signal,
      timeoutMs: script.timeoutSeconds * 1_000,
      onLine(line, stream) {
        const clean = clip(scrub(line));
        lineCount++;
        if (stream === "stderr") {
          if (clean.trim()) lastError = clean.trim();
        } else {
          lastOutput.push(clean);
          if (lastOutput.length > KEPT_OUTPUT_LINES) lastOutput.shift();
        }
        context.log(clean, stream === "stderr" ? "warn" : "info");
      },
    });
  } catch (error) {
    if (error instanceof ProcessStartError) throw new ActionFailure(`Could not start "${script.name}": ${error.executable}: ${error.code ?? scrub(error.message)}`);
    throw error;
  }
  const durationMs = Math.round(performance.now() - started);

  if (outcome.stoppedBy === "timeout") throw new ActionFailure(`"${script.name}" ran longer than its ${script.timeoutSeconds} s timeout and was stopped`);
  if (outcome.stoppedBy === "abort") throw new ActionFailure(`"${script.name}" was stopped: the step was cancelled or ran out of time`);
  if (outcome.exitSignal) throw new ActionFailure(`"${script.name}" was killed by ${outcome.exitSignal}`);
  if (outcome.exitCode !== 0) throw new ActionFailure(`"${script.name}" exited with code ${outcome.exitCode}${lastError ? `: ${lastError}` : ""}`);

  return {
    summary: `"${script.name}" exited with code 0 after ${(durationMs / 1_000).toFixed(1)} s`,
    details: { scriptId: script.id, scriptName: script.name, argv: script.argv.map(scrub), workingDirectory: script.workingDirectory, exitCode: 0, durationMs, outputLines: lineCount, lastOutput },
  };
}

async function preview(params: CommandParams, environment: ActionEnvironment & { signal: AbortSignal }): Promise<ActionPreview> {
  const script = await loadScript(params, environment);
  const argv = showArgv(script.argv);
  return {
    description: `Run the runbook script "${script.name}": ${argv} in ${script.workingDirectory}`,
    dryRun: {
      supported: false,
      wouldDo: `run ${argv} without a shell in ${script.workingDirectory}, with the environment ${describeEnvironmentNames(script, environment.variables)}, streaming its output and stopping it after ${script.timeoutSeconds} s`,
    },
  };
}

export const commandExecutor: ActionExecutor<CommandParams> = {
  kind: "command",
  // A script can do anything, any number of times: an interrupted run is for the operator to check.
  resumable: () => false,
  preview,
  execute,
};
