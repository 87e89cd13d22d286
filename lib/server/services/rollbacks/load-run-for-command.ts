import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { allowedCommands, currentStep, type RunCommand, type RunStatus, type StepStatus } from "@/lib/domain/rollback/run-state";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import { isVisibleTo } from "../../permissions/incident-access";
import { findIncidentByRef } from "../../queries/incidents";
import { lockRun, type RunWithSteps, type StepRunRow } from "../../queries/rollback-runs";

/**
 * Locks the run, hides runs of private incidents from outsiders (404), and
 * refuses a command that does not apply now (409), or one aimed at a step
 * other than the current one (the page was stale).
 */
export async function loadRunForCommand(tx: Db, actor: Actor, runId: string, command: RunCommand, position?: number): Promise<{ run: RunWithSteps; step: StepRunRow | null }> {
  const run = await lockRun(tx, runId);
  if (!run) throw new AppError("not_found", "No rollback run with this id");
  await assertRunVisible(tx, actor, run);
  const step = currentStep(run.steps.map((candidate) => ({ ...candidate, status: candidate.status as StepStatus })));
  if (!allowedCommands({ status: run.status as RunStatus, mode: run.mode, verificationStatus: run.verificationStatus }, step).includes(command)) {
    throw new AppError("conflict", `You cannot ${command.replaceAll("_", " ")} now: the run is ${run.status}${step ? ` and step ${step.position + 1} is ${step.status.replaceAll("_", " ")}` : ""}`);
  }
  if (position !== undefined && step?.position !== position) {
    throw new AppError("conflict", `Step ${position + 1} is not the current step${step ? ` (step ${step.position + 1} is)` : ""}; reload the run`);
  }
  return { run, step: step ? run.steps.find((candidate) => candidate.id === step.id)! : null };
}

export async function assertRunVisible(tx: Db, actor: Actor, run: Pick<RunWithSteps, "incidentId" | "incident">): Promise<void> {
  if (!run.incidentId || !run.incident?.private) return;
  const incident = await findIncidentByRef(tx, run.incidentId);
  if (!incident || !isVisibleTo(actor, incident)) throw new AppError("not_found", "No rollback run with this id");
}
