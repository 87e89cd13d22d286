import "server-only";
import type { RunCommandInput } from "@/lib/domain/schemas/rollbacks";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import { enqueueInTransaction, notifyRunCancelled } from "../../jobs/job-queue-handle";
import { updateRun, updateStep, type RunWithSteps } from "../../queries/rollback-runs";
import { advanceRun } from "./engine/advance-run";
import type { EngineEffects } from "./engine/engine-effects";
import { ROLLBACK_JOBS, type RunJobData } from "./engine/job-names";
import type { PlanSnapshot } from "./rollback-run-dto";

type ControlCommand = Extract<RunCommandInput, { command: "pause" | "resume" | "cancel" | "abort" | "verify_again" }>;

/**
 * Run-level commands. Pausing lets a running step finish and starts no other;
 * cancelling aborts the running step (its instance sees it on its next
 * heartbeat); aborting ends a run stopped on a failed step.
 */
export async function controlRun(tx: Db, actor: Actor, run: RunWithSteps, input: ControlCommand, effects: EngineEffects): Promise<string> {
  const plan = (run.planSnapshot as PlanSnapshot).name;
  const now = new Date();
  switch (input.command) {
    case "pause":
      await updateRun(tx, run.id, { status: "paused" });
      await effects.recordOnTimeline(tx, run, actor, { kind: "rollback.paused", summary: `${actor.name} paused the rollback “${plan}”; a step already running finishes first`, payload: { runId: run.id } });
      return "paused";
    case "resume":
      await updateRun(tx, run.id, { status: "running" });
      await effects.recordOnTimeline(tx, run, actor, { kind: "rollback.resumed", summary: `${actor.name} resumed the rollback “${plan}”`, payload: { runId: run.id } });
      await advanceRun(tx, run.id, effects);
      return "resumed";
    case "cancel":
    case "abort": {
      for (const step of run.steps) {
        if (["pending", "queued", "awaiting_confirmation", "awaiting_approval", "awaiting_operator"].includes(step.status)) await updateStep(tx, step.id, { status: "cancelled", finishedAt: now });
      }
      const cancelled = input.command === "cancel";
      if (run.steps.some((step) => step.status === "running")) await notifyRunCancelled(tx, run.id);
      await updateRun(tx, run.id, { status: cancelled ? "cancelled" : "failed", finishedAt: now, verificationStatus: "skipped" });
      const reason = input.reason ? ` Reason: ${input.reason}` : "";
      await effects.recordOnTimeline(tx, run, actor, {
        kind: cancelled ? "rollback.cancelled" : "rollback.aborted",
        summary: `${actor.name} ${cancelled ? "cancelled" : "aborted"} the rollback “${plan}”.${reason}`,
        payload: { runId: run.id, reason: input.reason ?? null },
      });
      return cancelled ? "cancelled" : "aborted";
    }
    case "verify_again":
      await updateRun(tx, run.id, { verificationStatus: "running" });
      await enqueueInTransaction(tx, ROLLBACK_JOBS.verify, { runId: run.id } satisfies RunJobData, { singletonKey: `verify:${run.id}:${run.version + 1}` });
      await effects.recordOnTimeline(tx, run, actor, { kind: "rollback.verification_requested", summary: `${actor.name} asked to verify the rollback “${plan}” again`, payload: { runId: run.id } });
      return "verifying";
  }
}
