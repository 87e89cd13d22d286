import type { RunbookScriptBody } from "@/lib/client/mutations/runbook-scripts";
import type { RunbookScript } from "@/lib/client/queries/runbook-scripts";
import type { FieldProblem } from "@/lib/domain/app-error";
import type { ValueOrSecret } from "@/lib/domain/rollback/secret-ref";

/*
 * A runbook script as the form holds it. argv is a list of separate
 * arguments, never one command line, so nothing is ever split or quoted by a
 * shell. Arguments and environment rows carry ids of their own, so a problem
 * found at "argv.2" stays on that argument after it moves.
 */

export type ArgDraft = { id: string; value: string };
export type EnvDraft = { id: string; name: string; source: "literal" | "secret"; literal: string; secret: string };
export type ScriptDraft = { name: string; description: string; argv: ArgDraft[]; workingDirectory: string; env: EnvDraft[]; timeoutSeconds: string };

/** The server's rule for environment variable names (lib/domain/schemas/runbook-scripts.ts). */
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

let lastId = 0;
function newId(prefix: "arg" | "env"): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

export const newArg = (value = ""): ArgDraft => ({ id: newId("arg"), value });
export const newEnvRow = (): EnvDraft => ({ id: newId("env"), name: "", source: "literal", literal: "", secret: "" });

export function newScriptDraft(): ScriptDraft {
  return { name: "", description: "", argv: [newArg()], workingDirectory: "/", env: [], timeoutSeconds: "300" };
}

function envRowOf(name: string, value: ValueOrSecret): EnvDraft {
  return typeof value === "string"
    ? { id: newId("env"), name, source: "literal", literal: value, secret: "" }
    : { id: newId("env"), name, source: "secret", literal: "", secret: value.secret };
}

export function draftFromScript(script: RunbookScript): ScriptDraft {
  return {
    name: script.name,
    description: script.description ?? "",
    argv: script.argv.map((value) => newArg(value)),
    workingDirectory: script.workingDirectory,
    env: Object.entries(script.env).map(([name, value]) => envRowOf(name, value)),
    timeoutSeconds: String(script.timeoutSeconds),
  };
}

export const scriptErrorKey = {
  name: "name",
  description: "description",
  argv: "argv",
  workingDirectory: "workingDirectory",
  env: "env",
  timeoutSeconds: "timeoutSeconds",
  arg: (argId: string) => argId,
  envName: (rowId: string) => `${rowId}.name`,
  envValue: (rowId: string) => `${rowId}.value`,
};

export type ScriptErrors = { byKey: Readonly<Record<string, string>>; unplaced: FieldProblem[] };
export const NO_SCRIPT_ERRORS: ScriptErrors = { byKey: {}, unplaced: [] };

/** Problems the server would name less clearly: empty arguments, bad or repeated variable names, numbers that are not. */
function localProblems(draft: ScriptDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const arg of draft.argv) if (arg.value === "") problems[scriptErrorKey.arg(arg.id)] = "is empty: fill it in or remove it";
  const seen = new Set<string>();
  for (const row of draft.env) {
    const name = row.name.trim();
    if (!ENV_NAME.test(name)) problems[scriptErrorKey.envName(row.id)] = "must be an environment variable name: capital letters, digits and _, not starting with a digit";
    else if (seen.has(name)) problems[scriptErrorKey.envName(row.id)] = "is given twice";
    seen.add(name);
    if (row.source === "secret" && row.secret === "") problems[scriptErrorKey.envValue(row.id)] = "pick a secret";
  }
  const timeout = draft.timeoutSeconds.trim();
  if (timeout !== "" && !Number.isInteger(Number(timeout))) problems[scriptErrorKey.timeoutSeconds] = "must be a whole number of seconds";
  return problems;
}

/** The body to send, or the problems that keep it from being sent. */
export function scriptBodyOf(draft: ScriptDraft): { body: RunbookScriptBody; errors: null } | { body: null; errors: ScriptErrors } {
  const problems = localProblems(draft);
  if (Object.keys(problems).length > 0) return { body: null, errors: { byKey: problems, unplaced: [] } };
  const timeout = draft.timeoutSeconds.trim();
  return {
    body: {
      name: draft.name,
      ...(draft.description.trim() === "" ? {} : { description: draft.description }),
      argv: draft.argv.map((arg) => arg.value),
      workingDirectory: draft.workingDirectory,
      env: Object.fromEntries(draft.env.map((row) => [row.name.trim(), row.source === "secret" ? { secret: row.secret } : row.literal])),
      timeoutSeconds: timeout === "" ? undefined : Number(timeout),
    },
    errors: null,
  };
}

const TOP_LEVEL = new Set(["name", "description", "argv", "workingDirectory", "env", "timeoutSeconds"]);

function keyFor(field: string, submitted: ScriptDraft): string | null {
  const [root, second, ...rest] = field.split(".");
  if (root === undefined) return null;
  if (second === undefined) return TOP_LEVEL.has(root) ? root : null;
  if (root === "argv") {
    const arg = submitted.argv[Number(second)];
    return arg && rest.length === 0 ? scriptErrorKey.arg(arg.id) : null;
  }
  if (root !== "env") return null;
  const row = submitted.env.find((entry) => entry.name.trim() === second);
  if (!row) return null;
  // "env.NAME" is the name itself when the name breaks the rule, else its value ("env.NAME.secret" always is).
  return rest.length === 0 && !ENV_NAME.test(second) ? scriptErrorKey.envName(row.id) : scriptErrorKey.envValue(row.id);
}

/** Places each problem of a refused save on the input of `submitted`, the draft as it was sent. */
export function placeScriptProblems(problems: readonly FieldProblem[], submitted: ScriptDraft): ScriptErrors {
  const byKey: Record<string, string> = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const key = keyFor(problem.field, submitted);
    if (key === null) unplaced.push(problem);
    else byKey[key] = byKey[key] ? `${byKey[key]}; ${problem.message}` : problem.message;
  }
  return { byKey, unplaced };
}

/** The first key with a problem, in the order the inputs appear on the form. */
export function firstScriptErrorKey(errors: ScriptErrors, draft: ScriptDraft): string | null {
  const order = [
    scriptErrorKey.name,
    scriptErrorKey.description,
    ...draft.argv.map((arg) => scriptErrorKey.arg(arg.id)),
    scriptErrorKey.argv,
    scriptErrorKey.workingDirectory,
    ...draft.env.flatMap((row) => [scriptErrorKey.envName(row.id), scriptErrorKey.envValue(row.id)]),
    scriptErrorKey.env,
    scriptErrorKey.timeoutSeconds,
  ];
  return order.find((key) => errors.byKey[key] !== undefined) ?? null;
}
