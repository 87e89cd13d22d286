import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { RunCommandInput } from "@/lib/domain/schemas/rollbacks";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { findFirstPlanOfType } from "../../queries/rollback-plans";
import { findRun } from "../../queries/rollback-runs";
import { publishAuditEvent, recordAuditEvent } from "../record-audit-event";
import { controlRun } from "./control-rollback-run";
import { decideStep } from "./decide-rollback-step";
import { EngineEffects } from "./engine/engine-effects";
import { loadRunForCommand } from "./load-run-for-command";
import { toRollbackRunDto } from "./rollback-run-dto";
import { startRollbackRun } from "./start-rollback-run";

/**
 * POST /rollback-runs/{id}/commands: pause, resume, cancel, abort, decide on
 * the current step, verify again, or give up on this run and start the
 * service's emergency-recovery plan (the seeds' "when the rollback itself fails").
 */
export async function commandRollbackRun(actor: Actor, runId: string, input: RunCommandInput, requestId: string | null) {
  assertCan(actor, "rollbacks.run");
  if (input.command === "start_emergency_recovery") return startEmergencyRecovery(actor, runId, input.reason, requestId);
  const effects = new EngineEffects();
  const audit = await db().$transaction(async (tx) => {
    const { run, step } = await loadRunForCommand(tx, actor, runId, input.command, "position" in input ? input.position : undefined);
    effects.runChanged(run.id);
    const outcome =
      input.command === "pause" || input.command === "resume" || input.command === "cancel" || input.command === "abort" || input.command === "verify_again"
        ? await controlRun(tx, actor, run, input, effects)
        : await decideStep(tx, actor, run, step!, input, effects);
    return recordAuditEvent(tx, actor, requestId, { action: `rollback.${input.command}`, targetType: "rollback_run", targetId: run.id, payload: { ...input, outcome } });
  });
  await effects.publish(db());
  publishAuditEvent(audit);
  return toRollbackRunDto((await findRun(db(), runId))!);
}

async function startEmergencyRecovery(actor: Actor, runId: string, reason: string | undefined, requestId: string | null) {
  const effects = new EngineEffects();
  const { run, planId } = await db().$transaction(async (tx) => {
    const { run } = await loadRunForCommand(tx, actor, runId, "start_emergency_recovery");
    const plan = await findFirstPlanOfType(tx, run.serviceId, "emergency_recovery");
    if (!plan) throw new AppError("conflict", `${run.service.name} has no emergency-recovery plan. Add one under the service's rollback plans, or escalate.`);
    if (run.status !== "failed" && run.status !== "succeeded") await controlRun(tx, actor, run, { command: "abort", reason: "starting the emergency-recovery plan" }, effects);
    effects.runChanged(run.id);
    return { run, planId: plan.id };
  });
  await effects.publish(db());
  const recovery = await startRollbackRun(
    actor,
    planId,
    { mode: "live", incident: run.incidentId ?? undefined, reason: reason || `The rollback “${run.id}” failed; recovering`, overrideConcurrent: true, trigger: "manual", recoveryOfRunId: run.id },
    requestId,
  );
  return recovery;
}
