import "server-only";
import { isSecretRef } from "@/lib/domain/rollback/secret-ref";
import { ActionFailure, type ActionEnvironment, type RunbookScriptDefinition } from "./action-executor";

/** The base every script gets from Rewind's own environment; nothing else of Rewind's (database URL, keys) leaks in. */
const BASE_DEFAULTS = { PATH: "/usr/local/bin:/usr/bin:/bin", HOME: "/", LANG: "C.UTF-8" } as const;

/** Variables handed on to scripts as REWIND_<NAME>; the actor's name stays out. */
const PASSED_VARIABLE_PREFIXES = ["incident.", "service.", "run."];

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Shorter values would turn ordinary words into stars; the engine draws the same line. */
const MIN_HIDDEN_LENGTH = 4;

/** "incident.title" → "REWIND_INCIDENT_TITLE". */
function variableName(key: string): string {
  return `REWIND_${key.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

/** Names and values Rewind sets for every script; they win over the script's own. */
export function rewindVariables(variables: Record<string, string>, idempotencyKey: string | null): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    if (PASSED_VARIABLE_PREFIXES.some((prefix) => key.startsWith(prefix))) env[variableName(key)] = value;
  }
  if (idempotencyKey !== null) env.REWIND_IDEMPOTENCY_KEY = idempotencyKey;
  return env;
}

function baseEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH || BASE_DEFAULTS.PATH,
    HOME: process.env.HOME || BASE_DEFAULTS.HOME,
    LANG: process.env.LANG || BASE_DEFAULTS.LANG,
  };
}

export function assertValidEnvNames(script: RunbookScriptDefinition): void {
  const invalid = Object.keys(script.env).filter((name) => !ENV_NAME.test(name));
  if (invalid.length > 0) throw new ActionFailure(`The runbook script "${script.name}" has invalid environment variable names: ${invalid.join(", ")}`);
}

/** "PATH, HOME, LANG, API_TOKEN (secret api-token), REGION, REWIND_IDEMPOTENCY_KEY": names only, never values. */
export function describeEnvironmentNames(script: RunbookScriptDefinition, variables: Record<string, string>): string {
  const own = Object.entries(script.env).map(([name, value]) => (isSecretRef(value) ? `${name} (secret ${value.secret})` : name));
  const names = [...new Set([...Object.keys(BASE_DEFAULTS), ...own, ...Object.keys(rewindVariables(variables, ""))])];
  return names.join(", ");
}

export type ScriptEnvironment = {
  env: Record<string, string>;
  /** Removes every secret value the environment revealed. */
  scrub(text: string): string;
};

/** The script's whole environment: the base, its own values and revealed secrets, then Rewind's variables. */
export async function scriptEnvironment(script: RunbookScriptDefinition, environment: ActionEnvironment, idempotencyKey: string): Promise<ScriptEnvironment> {
  assertValidEnvNames(script);
  const hidden: string[] = [];
  const own: Record<string, string> = {};
  for (const [name, value] of Object.entries(script.env)) {
    const resolved = await environment.secrets.resolve(value).catch((error: unknown) => {
      throw new ActionFailure(`Could not set ${name} for "${script.name}": ${error instanceof Error ? error.message : String(error)}`);
    });
    if (isSecretRef(value) && resolved.length >= MIN_HIDDEN_LENGTH) hidden.push(resolved);
    own[name] = resolved;
  }
  return {
    env: { ...baseEnvironment(), ...own, ...rewindVariables(environment.variables, idempotencyKey) },
    scrub: (text) => hidden.reduce((result, secret) => result.split(secret).join("********"), text),
  };
}
