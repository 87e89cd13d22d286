import "server-only";
import type { Logger } from "pino";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import { db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import { ActionFailure, type ActionResult } from "../../../integrations/rollback/action-executor";
import { findRun, lockRun, touchRunningStep, updateStep, type RunWithSteps, type StepRunRow } from "../../../queries/rollback-runs";
import { actionEnvironment } from "./action-environment";
import { executorFor } from "./action-registry";
import { advanceRun, queueStep } from "./advance-run";
import { ENGINE_ACTOR, EngineEffects } from "./engine-effects";
import { runRooms } from "./publish-run";
import { CANCEL_MESSAGE, trackRunningStep } from "./running-steps";
import { startStepLogWriter } from "./step-log-writer";

export type EngineWorkerContext = { instanceId: string; log: Logger; heartbeatMs: number };

type Claimed = { run: RunWithSteps; step: StepRunRow; definition: PlanStep };

/**
 * Runs one attempt of one step (the `rollback-step` job). The claim, the
 * outcome and the next step are each one transaction under the run's lock;
 * the action itself runs between them, beating a heartbeat so that another
 * instance can tell a crash from a long step (recover-interrupted-steps.ts).
 */
export async function executeRollbackStep(stepRunId: string, attempt: number, worker: EngineWorkerContext): Promise<void> {
  const claimed = await claimStep(stepRunId, attempt, worker);
  if (!claimed) return;
  const { run, step, definition } = claimed;
  const environment = actionEnvironment(db(), run);
  const logs = startStepLogWriter(db(), { runId: run.id, stepRunId: step.id, rooms: runRooms(run), scrub: environment.scrub, log: worker.log });
  const controller = new AbortController();
  const untrack = trackRunningStep(run.id, controller);
  const timeout = setTimeout(() => controller.abort(new ActionFailure(`timed out after ${definition.timeoutSeconds} s`)), definition.timeoutSeconds * 1000);
  const heartbeat = setInterval(() => {
    touchRunningStep(db(), step.id, worker.instanceId, new Date())
      .then((beat) => {
        if (!beat) controller.abort(new ActionFailure("the step was taken over by another instance"));
        else if (beat.runStatus === "cancelled") controller.abort(new ActionFailure(CANCEL_MESSAGE));
      })
      .catch((error: unknown) => worker.log.warn({ err: error, stepRunId }, "step heartbeat failed"));
  }, worker.heartbeatMs);

  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, result: await runAction(run, definition, environment, controller.signal, step.idempotencyKey, logs.log) };
  } catch (error) {
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
    const message = reason instanceof ActionFailure ? reason.message : `unexpected error: ${reason instanceof Error ? reason.message : String(reason)}`;
    if (!(reason instanceof ActionFailure)) worker.log.error({ err: error, stepRunId }, "rollback step threw");
    logs.log(`Failed: ${message}`, "error");
    // An action that knows a second attempt would do harm (an undo that already landed) says so; the retry policy then stands aside.
    const retryable = !(reason instanceof ActionFailure && reason.options.retryable === false);
    outcome = { ok: false, message: environment.scrub(message), cancelled: reason instanceof ActionFailure && reason.message === CANCEL_MESSAGE, retryable };
  } finally {
    clearTimeout(timeout);
    clearInterval(heartbeat);
    untrack();
  }
  await logs.close();
  await recordOutcome(step.id, worker.instanceId, Math.round(performance.now() - started), outcome);
}

async function claimStep(stepRunId: string, attempt: number, worker: EngineWorkerContext): Promise<Claimed | null> {
  const effects = new EngineEffects();
  const claimed = await db().$transaction(async (tx) => {
    const found = await tx.rollbackStepRun.findUnique({ where: { id: stepRunId }, select: { runId: true } });
    if (!found) return null;
    const run = await lockRun(tx, found.runId);
    const step = run?.steps.find((candidate) => candidate.id === stepRunId);
    // A duplicate delivery, a cancelled run, or an attempt that was superseded: nothing to do, and nothing runs twice.
    if (!run || !step || step.status !== "queued" || step.attempt + 1 !== attempt) return null;
    if (run.status === "paused") {
      await updateStep(tx, step.id, { status: "pending" });
      effects.runChanged(run.id);
      return null;
    }
    const now = new Date();
    await updateStep(tx, step.id, { status: "running", attempt, instanceId: worker.instanceId, heartbeatAt: now, startedAt: step.startedAt ?? now });
    effects.runChanged(run.id);
    const definition = step.definition as PlanStep;
    return { run: (await findRun(tx, run.id))!, step, definition };
  });
  await effects.publish(db());
  return claimed;
}

async function runAction(run: RunWithSteps, definition: PlanStep, environment: ReturnType<typeof actionEnvironment>, signal: AbortSignal, idempotencyKey: string, log: (line: string, level?: "info" | "warn" | "error") => void): Promise<ActionResult> {
  const executor = executorFor(definition.kind);
  if (!executor) throw new ActionFailure(`${definition.kind} steps are not available on this installation`);
  if (run.mode === "drill") {
    log(`Drill: previewing “${definition.name}” without side effects`);
    const preview = await executor.preview(definition.params, { ...environment, signal });
    log(preview.description);
    if (!preview.dryRun.supported) {
      log(`Would do: ${preview.dryRun.wouldDo}`);
      return { summary: `Would do: ${preview.dryRun.wouldDo}`, details: { preview } };
    }
    for (const line of preview.dryRun.lines) log(line, preview.dryRun.ok ? "info" : "warn");
    if (!preview.dryRun.ok) throw new ActionFailure(`dry run found a problem: ${preview.dryRun.lines.at(-1) ?? "see the log"}`);
    return { summary: `Dry run passed: ${preview.description}`, details: { preview } };
  }
  log(`Running “${definition.name}”`);
  return executor.execute(definition.params, { ...environment, signal, idempotencyKey, log });
}

type Outcome = { ok: true; result: ActionResult } | { ok: false; message: string; cancelled: boolean; retryable: boolean };

async function recordOutcome(stepRunId: string, instanceId: string, durationMs: number, outcome: Outcome): Promise<void> {
  const effects = new EngineEffects();
  await db().$transaction(async (tx) => {
    const step = await tx.rollbackStepRun.findUnique({ where: { id: stepRunId } });
    if (!step) return;
    const run = await lockRun(tx, step.runId);
    const current = run?.steps.find((candidate) => candidate.id === stepRunId);
    // Another instance declared this step lost meanwhile (a long pause): its decision stands.
    if (!run || !current || current.status !== "running" || current.instanceId !== instanceId) return;
    const definition = current.definition as PlanStep;
    const now = new Date();
    const label = `Step ${current.position + 1} “${definition.name}”`;
    if (outcome.ok) {
      await updateStep(tx, current.id, { status: "succeeded", finishedAt: now, durationMs, result: JSON.parse(JSON.stringify(outcome.result)) as Prisma.InputJsonObject, error: null });
      await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
        kind: "rollback.step_succeeded",
        summary: `${label} ${run.mode === "drill" ? "checked" : "succeeded"} in ${(durationMs / 1000).toFixed(1)} s: ${outcome.result.summary}`,
        payload: { runId: run.id, stepRunId, durationMs },
      });
    } else if (outcome.cancelled || run.status === "cancelled") {
      await updateStep(tx, current.id, { status: "cancelled", finishedAt: now, durationMs, error: outcome.message });
    } else if (outcome.retryable && current.attempt < definition.retry.maxAttempts && run.mode === "live") {
      await queueStep(tx, current.id, current.attempt, current.idempotencyKey, definition, now, new Date(now.getTime() + definition.retry.backoffSeconds * 1000));
      await updateStep(tx, current.id, { error: `attempt ${current.attempt} of ${definition.retry.maxAttempts} failed: ${outcome.message}` });
    } else {
      await updateStep(tx, current.id, { status: "failed", finishedAt: now, durationMs, error: outcome.message });
      await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
        kind: run.mode === "drill" ? "rollback.drill_problem" : "rollback.step_failed",
        summary:
          run.mode === "drill"
            ? `Drill: ${label} found a problem: ${outcome.message}`
            : `${label} failed: ${outcome.message}. Retry it, skip it with a reason, abort, or start the emergency-recovery plan.`,
        payload: { runId: run.id, stepRunId, error: outcome.message },
      });
    }
    effects.runChanged(run.id);
    await advanceRun(tx, run.id, effects);
  });
  await effects.publish(db());
}
