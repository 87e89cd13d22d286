import "server-only";
import type { ActionKind } from "@/lib/domain/rollback/action-kinds";
import type { SecretRef, ValueOrSecret } from "@/lib/domain/rollback/secret-ref";

export type LogLevel = "info" | "warn" | "error";

/** Decrypts secret references at run time. Every value revealed is scrubbed from the step's log lines by the engine. */
export type SecretResolver = {
  reveal(ref: SecretRef): Promise<string>;
  /** Inline strings pass through; references are revealed. */
  resolve(value: ValueOrSecret): Promise<string>;
};

/** An admin-registered runbook script (Settings → Scripts); steps name it by id only. */
export type RunbookScriptDefinition = {
  id: string;
  name: string;
  /** argv[0] is the executable; never run through a shell. */
  argv: string[];
  workingDirectory: string;
  env: Record<string, ValueOrSecret>;
  timeoutSeconds: number;
};

/** What the engine knows about where a step runs: the incident's variables and Rewind-side lookups. */
export type ActionEnvironment = {
  /** Template variables: incident.title, incident.key, incident.severity, incident.url, service.slug, service.name, run.id, run.mode, actor.name, … */
  variables: Record<string, string>;
  secrets: SecretResolver;
  /** The base URL of a sandbox fleet service's control API, or null when no such service runs. */
  sandboxBaseUrl(slug: string): Promise<string | null>;
  runbookScript(id: string): Promise<RunbookScriptDefinition | null>;
};

export type ActionContext = ActionEnvironment & {
  /** Stable across retries and crash recovery of the same step; pass it on wherever the target de-duplicates (e.g. an `Idempotency-Key` header). */
  idempotencyKey: string;
  /** Aborted on the step's timeout and when the commander cancels: stop promptly and throw. */
  signal: AbortSignal;
  /** One line of the step's live log; keep lines short and never include secret values. */
  log(line: string, level?: LogLevel): void;
};

/** JSON-safe, secret-free record of what a step did; shown in the run view and kept on the step run. */
export type ActionResult = { summary: string; details?: Record<string, unknown> };

/**
 * What a step will do, and, where the target supports it, the result of a dry
 * run (Kubernetes server-side dry run, `git` on a scratch clone, backup
 * validation…). Targets without a dry run report `dryRun.supported: false`
 * and a "would send" description. Drills run `preview` for every step.
 */
export type ActionPreview = {
  description: string;
  dryRun: { supported: true; ok: boolean; lines: string[] } | { supported: false; wouldDo: string };
};

/** State recorded before the rollback: current version, configuration, flags, a dump file… */
export type CapturedState = { label: string; data: Record<string, unknown> };

/** A step's failure with a message fit for the commander (no stack, no secrets). */
export class ActionFailure extends Error {
  constructor(
    message: string,
    readonly options: { retryable?: boolean } = {},
  ) {
    super(message);
    this.name = "ActionFailure";
  }
}

export interface ActionExecutor<P> {
  readonly kind: ActionKind;
  /**
   * True when running the step again after a crash cannot repeat a side effect
   * (it sets a state: deploy version X, scale to N, flag off). False for
   * appends (a webhook, an email, a git revert, a restore): the engine then
   * marks an interrupted step "outcome unknown" for the operator.
   */
  resumable(params: P): boolean;
  preview(params: P, env: ActionEnvironment & { signal: AbortSignal }): Promise<ActionPreview>;
  execute(params: P, context: ActionContext): Promise<ActionResult>;
  capture?(params: P, env: ActionEnvironment & { signal: AbortSignal }): Promise<CapturedState | null>;
}
