import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import { canApproveStep, confirmationMatches } from "@/lib/domain/rollback/run-state";
import type { RunCommandInput } from "@/lib/domain/schemas/rollbacks";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import { updateStep, type RunWithSteps, type StepRunRow } from "../../queries/rollback-runs";
import { advanceRun } from "./engine/advance-run";
import type { EngineEffects } from "./engine/engine-effects";

type StepCommand = Extract<RunCommandInput, { command: "retry_step" | "skip_step" | "confirm_step" | "approve_step" | "complete_manual_step" }>;

/** A commander's decision on the current step; each is on the timeline with who made it. */
export async function decideStep(tx: Db, actor: Actor, run: RunWithSteps, step: StepRunRow, input: StepCommand, effects: EngineEffects): Promise<string> {
  const definition = step.definition as PlanStep;
  const label = `step ${step.position + 1} “${definition.name}”`;
  const now = new Date();
  const record = (kind: string, summary: string) => effects.recordOnTimeline(tx, run, actor, { kind, summary, payload: { runId: run.id, stepRunId: step.id, command: input.command } });
  switch (input.command) {
    case "retry_step":
      await updateStep(tx, step.id, { status: "pending", finishedAt: null, error: null });
      await record("rollback.step_retried", `${actor.name} retried ${label}`);
      break;
    case "skip_step":
      await updateStep(tx, step.id, { status: "skipped", finishedAt: now, skipReason: input.reason });
      await record("rollback.step_skipped", `${actor.name} skipped ${label}. Reason: ${input.reason}`);
      break;
    case "confirm_step":
      if (!confirmationMatches(input.typed, run.service.slug)) {
        throw new AppError("bad_request", `Type the service's name, ${run.service.slug}, to confirm`, { details: [{ field: "typed", message: `must be ${run.service.slug}` }] });
      }
      await updateStep(tx, step.id, { status: "pending", confirmedAt: now, confirmedById: actor.userId, confirmedByName: actor.name });
      await record("rollback.step_confirmed", `${actor.name} confirmed ${label}${definition.pointOfNoReturn ? ", past the point of no return" : ""}`);
      break;
    case "approve_step":
      if (!canApproveStep(actor.userId, step, run)) {
        throw new AppError("forbidden", "A second commander must approve this step: you confirmed it or started the run");
      }
      await updateStep(tx, step.id, { status: "pending", approvedAt: now, approvedById: actor.userId, approvedByName: actor.name });
      await record("rollback.step_approved", `${actor.name} approved ${label}`);
      break;
    case "complete_manual_step":
      await updateStep(tx, step.id, {
        status: "succeeded",
        startedAt: step.startedAt ?? now,
        finishedAt: now,
        durationMs: now.getTime() - (step.startedAt ?? now).getTime(),
        result: { summary: input.note ? `Done by ${actor.name}: ${input.note}` : `Done by ${actor.name}` },
      });
      await record("rollback.step_succeeded", `${actor.name} did ${label} by hand${input.note ? `: ${input.note}` : ""}`);
      break;
  }
  await advanceRun(tx, run.id, effects);
  return input.command;
}
