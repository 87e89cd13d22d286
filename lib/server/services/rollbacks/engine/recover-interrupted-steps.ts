import "server-only";
import type { Logger } from "pino";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import { db } from "../../../db/client";
import { insertStepLogs, lockRun, lockStaleRunningSteps, updateStep } from "../../../queries/rollback-runs";
import { executorFor } from "./action-registry";
import { advanceRun, queueStep } from "./advance-run";
import { ENGINE_ACTOR, EngineEffects } from "./engine-effects";

/**
 * Steps whose instance stopped beating (SIGKILL, a lost machine) are never
 * silently lost or silently run twice: a step whose action only sets a state
 * runs again; any other is marked "outcome unknown" for an operator to check.
 * Every instance sweeps; SKIP LOCKED and the run lock keep it to one.
 */
export async function recoverInterruptedSteps(leaseMs: number, log: Logger): Promise<number> {
  const effects = new EngineEffects();
  const recovered = await db().$transaction(async (tx) => {
    const stale = await lockStaleRunningSteps(tx, new Date(Date.now() - leaseMs));
    for (const { id, runId } of stale) {
      const run = await lockRun(tx, runId);
      const step = run?.steps.find((candidate) => candidate.id === id);
      if (!run || !step || step.status !== "running") continue;
      const definition = step.definition as PlanStep;
      const lastSeen = `${step.instanceId ?? "an instance"} last reported at ${step.heartbeatAt?.toISOString() ?? "an unknown time"}`;
      const executor = executorFor(definition.kind);
      const now = new Date();
      const label = `Step ${step.position + 1} “${definition.name}”`;
      if (run.status !== "cancelled" && (run.mode === "drill" || executor?.resumable(definition.params))) {
        await insertStepLogs(tx, [{ runId, stepRunId: id, at: now, level: "warn", line: `Rewind stopped while this step ran (${lastSeen}). Its action sets a state and is safe to repeat, so it runs again.` }]);
        await queueStep(tx, id, step.attempt, step.idempotencyKey, definition, now);
        await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, { kind: "rollback.step_resumed", summary: `${label} was interrupted (${lastSeen}); it is safe to repeat and runs again`, payload: { runId, stepRunId: id } });
      } else {
        const reason = `Rewind stopped while this step ran (${lastSeen}). Its action is not safe to repeat, so Rewind did not run it again: check the target, then retry or skip this step.`;
        await insertStepLogs(tx, [{ runId, stepRunId: id, at: now, level: "error", line: reason }]);
        await updateStep(tx, id, { status: "outcome_unknown", finishedAt: now, error: reason });
        await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, { kind: "rollback.step_outcome_unknown", summary: `${label}: outcome unknown. ${reason}`, payload: { runId, stepRunId: id } });
      }
      log.warn({ runId, stepRunId: id, lastSeen }, "recovered an interrupted rollback step");
      await advanceRun(tx, runId, effects);
    }
    return stale.length;
  });
  await effects.publish(db());
  return recovered;
}
