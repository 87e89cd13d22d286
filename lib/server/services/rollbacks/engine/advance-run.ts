import "server-only";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import { gateOf, isFinishedRun, nextMove, type RunStatus, type StepStatus } from "@/lib/domain/rollback/run-state";
import type { VerificationConfig } from "@/lib/domain/rollback/verification";
import type { Db } from "../../../db/client";
import { enqueueInTransaction } from "../../../jobs/job-queue-handle";
import { findRun, updateRun, updateStep, type RunWithSteps } from "../../../queries/rollback-runs";
import type { PlanSnapshot } from "../rollback-run-dto";
import { ENGINE_ACTOR, type EngineEffects } from "./engine-effects";
import { ROLLBACK_JOBS, type RunJobData, type StepJobData } from "./job-names";

const GATE_SUMMARY = {
  awaiting_confirmation: "waits for a commander to type the service's name to confirm",
  awaiting_approval: "waits for a second commander's approval",
  awaiting_operator: "waits for an operator to do it by hand and confirm",
} as const;

/**
 * Moves a run forward after any change: captures state first (live runs),
 * then gates or queues the next step, or finishes the run. The caller holds
 * the run's row lock (lockRun) and commits; nothing here talks to a target.
 */
export async function advanceRun(tx: Db, runId: string, effects: EngineEffects): Promise<void> {
  const run = await findRun(tx, runId);
  if (!run || run.status === "paused" || isFinishedRun(run.status as RunStatus)) return;
  effects.runChanged(run.id);
  if (run.mode === "live" && run.capture === null) {
    await enqueueInTransaction(tx, ROLLBACK_JOBS.capture, { runId } satisfies RunJobData, { singletonKey: `capture:${runId}` });
    return;
  }
  // A drill never stops for a decision: a failed dry run is a finding, and the drill goes on.
  const statuses = run.steps.map((step) => ({ position: step.position, status: run.mode === "drill" && step.status === "failed" ? "skipped" : (step.status as StepStatus) }));
  const move = nextMove(statuses);
  if (move.kind === "busy") return;
  if (move.kind === "finished") return finishRun(tx, run, effects);
  if (move.kind === "wait") {
    if (run.status !== "waiting") await updateRun(tx, run.id, { status: "waiting" });
    return;
  }
  const step = run.steps.find((candidate) => candidate.position === move.position)!;
  const definition = step.definition as PlanStep;
  const gate = gateOf({ ...definition, confirmedAt: step.confirmedAt, approvedAt: step.approvedAt }, run.mode);
  if (gate === "queued") {
    await queueStep(tx, step.id, step.attempt, step.idempotencyKey, definition, new Date());
    if (run.status !== "running") await updateRun(tx, run.id, { status: "running" });
    return;
  }
  // A manual step's clock starts when the operator is asked, so its duration is the time it took by hand.
  await updateStep(tx, step.id, { status: gate, ...(gate === "awaiting_operator" ? { startedAt: step.startedAt ?? new Date() } : {}) });
  await updateRun(tx, run.id, { status: "waiting" });
  await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
    kind: "rollback.step_waiting",
    summary: `Step ${step.position + 1} “${definition.name}” ${GATE_SUMMARY[gate]}${definition.pointOfNoReturn ? ". This is the point of no return." : ""}`,
    payload: { runId: run.id, stepRunId: step.id, gate },
  });
}

/** Queues one attempt of a step; `startAfter` delays a retry by its backoff. */
export async function queueStep(tx: Db, stepRunId: string, attemptsSoFar: number, idempotencyKey: string, definition: PlanStep, at: Date, startAfter?: Date): Promise<void> {
  await updateStep(tx, stepRunId, { status: "queued", queuedAt: at, instanceId: null, heartbeatAt: null });
  await enqueueInTransaction(tx, ROLLBACK_JOBS.step, { stepRunId, attempt: attemptsSoFar + 1 } satisfies StepJobData, {
    singletonKey: `${idempotencyKey}#${attemptsSoFar + 1}`,
    startAfter,
    expireInSeconds: definition.timeoutSeconds + 120,
  });
}

async function finishRun(tx: Db, run: RunWithSteps, effects: EngineEffects): Promise<void> {
  const now = new Date();
  const problems = run.steps.filter((step) => step.status === "failed");
  const seconds = Math.round((now.getTime() - run.createdAt.getTime()) / 1000);
  const snapshot = run.planSnapshot as PlanSnapshot;
  if (run.mode === "drill") {
    await updateRun(tx, run.id, { status: problems.length > 0 ? "failed" : "succeeded", finishedAt: now, verificationStatus: "skipped" });
    await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
      kind: "rollback.drill_finished",
      summary: `Drill of “${snapshot.name}” finished in ${seconds} s with ${problems.length === 0 ? "no problems" : `${problems.length} problem${problems.length === 1 ? "" : "s"}`}`,
      payload: { runId: run.id, seconds, problems: problems.map((step) => ({ position: step.position, error: step.error })) },
    });
    return;
  }
  const verification = snapshot.verification as VerificationConfig;
  await updateRun(tx, run.id, { status: "succeeded", finishedAt: now, verificationStatus: "running" });
  await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
    kind: "rollback.completed",
    summary: `Rollback plan “${snapshot.name}” completed in ${seconds} s; verifying over ${verification.windowSeconds} s`,
    payload: { runId: run.id, seconds },
  });
  await enqueueInTransaction(tx, ROLLBACK_JOBS.verify, { runId: run.id } satisfies RunJobData, {
    singletonKey: `verify:${run.id}:${run.version}`,
    startAfter: new Date(now.getTime() + verification.windowSeconds * 1000),
  });
}
