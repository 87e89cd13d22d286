import "server-only";
import { describeStep } from "@/lib/domain/rollback/action-params";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import { allowedCommands, currentStep, LONG_RUNNING_ROLLBACK_MS, type RunStatus, type StepStatus } from "@/lib/domain/rollback/run-state";
import type { VerificationReport } from "@/lib/domain/rollback/verification";
import type { RunWithSteps, StepRunRow } from "../../queries/rollback-runs";

export type PlanSnapshot = { name: string; type: string; version: number; verification: unknown };

function durationMs(from: Date | null, to: Date | null, now: number): number | null {
  if (!from) return null;
  return (to?.getTime() ?? now) - from.getTime();
}

function toStepDto(step: StepRunRow, now: number) {
  const definition = step.definition as PlanStep;
  return {
    id: step.id,
    position: step.position,
    name: definition.name,
    kind: definition.kind,
    description: describeStep(definition),
    params: definition.params,
    destructive: definition.destructive,
    requiresApproval: definition.requiresApproval,
    pointOfNoReturn: definition.pointOfNoReturn,
    warning: definition.warning ?? null,
    timeoutSeconds: definition.timeoutSeconds,
    maxAttempts: definition.retry.maxAttempts,
    status: step.status as StepStatus,
    attempt: step.attempt,
    idempotencyKey: step.idempotencyKey,
    confirmedBy: step.confirmedByName,
    approvedBy: step.approvedByName,
    startedAt: step.startedAt?.toISOString() ?? null,
    finishedAt: step.finishedAt?.toISOString() ?? null,
    durationMs: step.durationMs ?? (step.status === "running" ? durationMs(step.startedAt, null, now) : null),
    result: step.result,
    error: step.error,
    skipReason: step.skipReason,
  };
}

/** A run as the API and the live view show it; secret references appear by name only. */
export function toRollbackRunDto(run: RunWithSteps) {
  const now = Date.now();
  const snapshot = run.planSnapshot as PlanSnapshot;
  const steps = run.steps.map((step) => toStepDto(step, now));
  const current = currentStep(steps);
  const finished = run.finishedAt !== null;
  return {
    id: run.id,
    planId: run.planId,
    plan: { name: snapshot.name, type: snapshot.type, version: snapshot.version },
    service: run.service,
    incident: run.incident ? { id: run.incident.id, key: `INC-${run.incident.number}`, title: run.incident.title } : null,
    mode: run.mode,
    trigger: run.trigger,
    status: run.status as RunStatus,
    reason: run.reason,
    startedBy: run.startedByName,
    overrodeConcurrent: run.overrodeConcurrent,
    recoveryOfRunId: run.recoveryOfRunId,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: durationMs(run.createdAt, run.finishedAt, now),
    longRunning: !finished && now - run.createdAt.getTime() > LONG_RUNNING_ROLLBACK_MS,
    longRunningAlertedAt: run.longRunningAlertedAt?.toISOString() ?? null,
    capture: run.capture,
    verificationStatus: run.verificationStatus,
    verification: run.verification as VerificationReport | null,
    currentPosition: current?.position ?? null,
    allowedCommands: allowedCommands({ status: run.status as RunStatus, mode: run.mode, verificationStatus: run.verificationStatus }, current),
    version: run.version,
    steps,
  };
}

export type RollbackRunDto = ReturnType<typeof toRollbackRunDto>;

export function toStepLogDto(row: { id: bigint; runId: string; stepRunId: string; at: Date; level: string; line: string }) {
  return { id: row.id.toString(), runId: row.runId, stepRunId: row.stepRunId, at: row.at.toISOString(), level: row.level, line: row.line };
}
export type StepLogDto = ReturnType<typeof toStepLogDto>;
