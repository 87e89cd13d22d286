import { isSecretRef } from "@/lib/domain/rollback/secret-ref";
import type { ActionContext, LogLevel } from "@/lib/server/integrations/rollback/action-executor";

export type Recorded = {
  context: ActionContext;
  /** Every line the action logged, unscrubbed by any engine: a secret in a line shows here. */
  lines: { line: string; level: LogLevel }[];
  /** Resolves with the first line matching, logged before or after the call. */
  waitForLine(pattern: RegExp): Promise<string>;
};

/** The ActionContext the engine would give a postgres step whose database secret holds `databaseUrl`. */
export function recordedContext(secretName: string, databaseUrl: string, options: { idempotencyKey?: string; signal?: AbortSignal } = {}): Recorded {
  const lines: Recorded["lines"] = [];
  const waiters: { pattern: RegExp; resolve(line: string): void }[] = [];
  const reveal = async (ref: { secret: string }) => {
    if (ref.secret !== secretName) throw new Error(`no secret named ${ref.secret}`);
    return databaseUrl;
  };
  const context: ActionContext = {
    variables: {},
    secrets: { reveal, resolve: async (value) => (isSecretRef(value) ? reveal(value) : value) },
    sandboxBaseUrl: async () => null,
    runbookScript: async () => null,
    idempotencyKey: options.idempotencyKey ?? "run-a:0",
    signal: options.signal ?? new AbortController().signal,
    log(line, level = "info") {
      lines.push({ line, level });
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) waiter.resolve(line);
    },
  };
  const waitForLine = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const seen = lines.find(({ line }) => pattern.test(line));
      if (seen) resolve(seen.line);
      else waiters.push({ pattern, resolve });
    });
  return { context, lines, waitForLine };
}
