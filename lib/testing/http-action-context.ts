import type { ActionContext, LogLevel } from "@/lib/server/integrations/rollback/action-executor";
import { isSecretRef } from "@/lib/domain/rollback/secret-ref";

export type RecordedActionContext = {
  context: ActionContext;
  /** Every line the action logged, unscrubbed: the engine's redaction is not applied here, so a secret in a line shows. */
  logs: Array<{ line: string; level: LogLevel }>;
  /** All log lines joined, for "never appears in the log" assertions. */
  logText(): string;
  /** Names of the secrets the action revealed. */
  revealed: string[];
};

/**
 * The ActionContext the engine would give a step, built from plain values
 * for the http, notify and sandbox integration tests.
 */
export function recordedActionContext(
  options: {
    variables?: Record<string, string>;
    secrets?: Record<string, string>;
    /** Sandbox slugs and their control base URLs; a missing slug means "not running". */
    sandboxServices?: Record<string, string>;
    idempotencyKey?: string;
    signal?: AbortSignal;
  } = {},
): RecordedActionContext {
  const logs: RecordedActionContext["logs"] = [];
  const revealed: string[] = [];
  const secrets = options.secrets ?? {};
  const reveal = async (ref: { secret: string }) => {
    const value = secrets[ref.secret];
    if (value === undefined) throw new Error(`no secret named ${ref.secret}`);
    revealed.push(ref.secret);
    return value;
  };
  const context: ActionContext = {
    variables: options.variables ?? {},
    secrets: { reveal, resolve: async (value) => (isSecretRef(value) ? reveal(value) : value) },
    sandboxBaseUrl: async (slug) => options.sandboxServices?.[slug] ?? null,
    runbookScript: async () => null,
    idempotencyKey: options.idempotencyKey ?? "run-1:step-1",
    signal: options.signal ?? new AbortController().signal,
    log: (line, level = "info") => logs.push({ line, level }),
  };
  return { context, logs, logText: () => logs.map(({ line }) => line).join("\n"), revealed };
}
