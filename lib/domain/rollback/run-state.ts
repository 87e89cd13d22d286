/**
 * The rollback engine's rules, free of storage: which step comes next, what
 * it waits for, and what a commander's command does to a run. The engine
 * (lib/server/services/rollbacks/engine) applies the answers in transactions.
 */
export const STEP_STATUSES = [
  "pending",
  "awaiting_confirmation",
  "awaiting_approval",
  "awaiting_operator",
  "queued",
  "running",
  "succeeded",
  "failed",
  "skipped",
  "cancelled",
  "outcome_unknown",
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const RUN_STATUSES = ["running", "waiting", "paused", "succeeded", "failed", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type RunMode = "live" | "drill";

export type StepGateInput = {
  kind: string;
  destructive: boolean;
  requiresApproval: boolean;
  pointOfNoReturn: boolean;
  confirmedAt: Date | null;
  approvedAt: Date | null;
};

const DONE: readonly StepStatus[] = ["succeeded", "skipped"];
const NEEDS_DECISION: readonly StepStatus[] = ["failed", "outcome_unknown"];
const WAITING_FOR_PERSON: readonly StepStatus[] = ["awaiting_confirmation", "awaiting_approval", "awaiting_operator"];

export function isFinishedRun(status: RunStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}

/**
 * What a pending step waits for before it may run. Drills never wait: they
 * change nothing, and their record says what a live run would have asked.
 */
export function gateOf(step: StepGateInput, mode: RunMode): "awaiting_confirmation" | "awaiting_approval" | "awaiting_operator" | "queued" {
  if (mode === "drill") return "queued";
  if ((step.destructive || step.pointOfNoReturn) && !step.confirmedAt) return "awaiting_confirmation";
  if (step.destructive && step.requiresApproval && !step.approvedAt) return "awaiting_approval";
  if (step.kind === "manual") return "awaiting_operator";
  return "queued";
}

export type NextMove =
  | { kind: "finished" }
  | { kind: "busy" }
  | { kind: "wait"; position: number; reason: "person" | "decision" }
  | { kind: "gate"; position: number };

/** Looks at the steps in order and says what the run does next. */
export function nextMove(steps: readonly { position: number; status: StepStatus }[]): NextMove {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  for (const step of ordered) {
    if (DONE.includes(step.status)) continue;
    if (step.status === "queued" || step.status === "running") return { kind: "busy" };
    if (WAITING_FOR_PERSON.includes(step.status)) return { kind: "wait", position: step.position, reason: "person" };
    if (NEEDS_DECISION.includes(step.status)) return { kind: "wait", position: step.position, reason: "decision" };
    if (step.status === "pending") return { kind: "gate", position: step.position };
    return { kind: "finished" };
  }
  return { kind: "finished" };
}

export const RUN_COMMANDS = ["pause", "resume", "cancel", "abort", "retry_step", "skip_step", "confirm_step", "approve_step", "complete_manual_step", "start_emergency_recovery", "verify_again"] as const;
export type RunCommand = (typeof RUN_COMMANDS)[number];

/** Which commands make sense now; the UI shows these and the server refuses the rest with 409. */
export function allowedCommands(run: { status: RunStatus; mode: RunMode; verificationStatus?: string }, current: { status: StepStatus } | null): RunCommand[] {
  if (isFinishedRun(run.status)) {
    if (run.mode !== "live") return [];
    if (run.status === "failed") return ["start_emergency_recovery"];
    if (run.status === "succeeded" && run.verificationStatus === "failed") return ["verify_again", "start_emergency_recovery"];
    if (run.status === "succeeded" && run.verificationStatus === "passed") return ["verify_again"];
    return [];
  }
  const commands: RunCommand[] = ["cancel"];
  if (run.status === "paused") commands.push("resume");
  else commands.push("pause");
  if (!current) return commands;
  if (NEEDS_DECISION.includes(current.status)) commands.push("retry_step", "skip_step", "abort", "start_emergency_recovery");
  if (current.status === "awaiting_confirmation") commands.push("confirm_step", "skip_step");
  if (current.status === "awaiting_approval") commands.push("approve_step", "skip_step");
  if (current.status === "awaiting_operator") commands.push("complete_manual_step", "skip_step");
  return commands;
}

/** The step a command is about: the first one that is not done. */
export function currentStep<T extends { position: number; status: StepStatus }>(steps: readonly T[]): T | null {
  return [...steps].sort((a, b) => a.position - b.position).find((step) => !DONE.includes(step.status) && step.status !== "cancelled") ?? null;
}

/** Typed confirmation for destructive steps: the service's slug, as GitHub asks for a repository's name. */
export function confirmationMatches(typed: string, serviceSlug: string): boolean {
  return typed.trim() === serviceSlug;
}

/** Past this, a running rollback raises an alert (seed 001: a rollback should take minutes). */
export const LONG_RUNNING_ROLLBACK_MS = 15 * 60_000;

/** A second approval means a second person: not the one who confirmed the step, nor (when nobody confirmed) the one who started the run. */
export function canApproveStep(approverId: string | null, step: { confirmedById: string | null }, run: { startedById: string | null }): boolean {
  if (approverId === null) return true;
  return approverId !== step.confirmedById && !(approverId === run.startedById && step.confirmedById === null);
}

/** The pre-rollback checklist items a captured state manifest fulfils (seed 001, "Capture Current State"). */
export function isCaptureChecklistItem(text: string): boolean {
  return /current version|rollback manifest/i.test(text);
}
