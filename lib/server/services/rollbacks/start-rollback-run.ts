import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/domain/app-error";
import { validatePlanSteps } from "@/lib/domain/rollback/action-params";
import { planStepSchema, type PlanStep } from "@/lib/domain/rollback/plan";
import type { StartRunInput } from "@/lib/domain/schemas/rollbacks";
import type { Actor } from "../../auth/caller";
import { db, type Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { loadVisibleIncident } from "../../permissions/incident-access";
import { assertCan } from "../../permissions/assert-can";
import { markMitigationStarted } from "../../queries/incidents";
import { findPlanById } from "../../queries/rollback-plans";
import { findActiveLiveRuns, findRun, insertRun, lockServiceRuns } from "../../queries/rollback-runs";
import { insertServiceChange } from "../../queries/service-changes";
import { toHealthMarker } from "../../dto/health";
import { publishAuditEvent, recordAuditEvent } from "../record-audit-event";
import { advanceRun } from "./engine/advance-run";
import { EngineEffects } from "./engine/engine-effects";
import { toRollbackRunDto, type PlanSnapshot } from "./rollback-run-dto";

export type StartRunOptions = StartRunInput & { trigger?: "manual" | "automatic"; recoveryOfRunId?: string };

/**
 * Starts a plan as a live run or a drill. A second live run on the same
 * service is refused (409, naming the running one) unless the commander
 * overrides it; the check and the insert happen under one service lock.
 */
export async function startRollbackRun(actor: Actor, planId: string, input: StartRunOptions, requestId: string | null) {
  assertCan(actor, "rollbacks.run");
  const effects = new EngineEffects();
  const { runId, audit } = await db().$transaction(async (tx) => {
    const plan = await findPlanById(tx, planId);
    if (!plan || plan.archivedAt) throw new AppError("not_found", "No rollback plan with this id");
    const incident = input.incident ? await loadVisibleIncident(tx, actor, input.incident) : null;
    if (!incident && input.mode === "live" && input.trigger !== "automatic") {
      throw new AppError("bad_request", "A live rollback belongs to an incident", { details: [{ field: "incident", message: "is required for a live run (drills may go without)" }] });
    }
    await lockServiceRuns(tx, plan.serviceId);
    if (input.mode === "live") await refuseConcurrentRun(tx, plan.serviceId, input.overrideConcurrent);
    const steps = validSteps(plan.steps);
    const runId = randomUUID();
    const now = new Date();
    const snapshot: PlanSnapshot = { name: plan.name, type: plan.type, version: plan.version, verification: plan.verification };
    await insertRun(tx, {
      id: runId,
      planId: plan.id,
      serviceId: plan.serviceId,
      incidentId: incident?.id ?? null,
      planSnapshot: snapshot as Prisma.InputJsonObject,
      mode: input.mode,
      trigger: input.trigger ?? "manual",
      reason: input.reason,
      startedById: actor.userId,
      startedByName: actor.name,
      overrodeConcurrent: input.overrideConcurrent,
      recoveryOfRunId: input.recoveryOfRunId ?? null,
      steps: { create: steps.map((step, position) => ({ position, definition: step as Prisma.InputJsonObject, idempotencyKey: `${runId}:${position}` })) },
    });
    if (input.mode === "live") {
      const marker = await insertServiceChange(tx, { serviceId: plan.serviceId, kind: "rollback_started", fromVersion: null, toVersion: plan.name, at: now, source: actor.name });
      effects.emit(`service:${plan.serviceId}`, "service:change", { serviceId: plan.serviceId, marker: toHealthMarker(marker) });
      if (incident) await markMitigationStarted(tx, incident.id, now);
    }
    const what = input.mode === "drill" ? "Drill started" : input.trigger === "automatic" ? "Automatic rollback started" : "Rollback started";
    await effects.recordOnTimeline(tx, { incidentId: incident?.id ?? null }, actor, {
      kind: input.mode === "drill" ? "rollback.drill_started" : "rollback.started",
      summary: `${what}: “${plan.name}” (${steps.length} steps) by ${actor.name}. Reason: ${input.reason}${input.overrideConcurrent ? " (overriding another rollback in progress)" : ""}`,
      payload: { runId, planId: plan.id, mode: input.mode, trigger: input.trigger ?? "manual" },
    });
    await advanceRun(tx, runId, effects);
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: input.mode === "drill" ? "rollback.drill_started" : "rollback.started",
      targetType: "rollback_run",
      targetId: runId,
      payload: { planId: plan.id, serviceId: plan.serviceId, incidentId: incident?.id ?? null, overrideConcurrent: input.overrideConcurrent, trigger: input.trigger ?? "manual" },
    });
    return { runId, audit };
  });
  await effects.publish(db());
  publishAuditEvent(audit);
  const run = await findRun(db(), runId);
  return toRollbackRunDto(run!);
}

async function refuseConcurrentRun(tx: Db, serviceId: string, override: boolean): Promise<void> {
  const active = await findActiveLiveRuns(tx, serviceId);
  if (active.length === 0 || override) return;
  throw new AppError("conflict", "Another rollback of this service is in progress. Watch it, or override to run this one as well.", {
    extra: { activeRuns: active.map((run) => ({ id: run.id, status: run.status, createdAt: run.createdAt.toISOString() })) },
  });
}

/** Plans are validated when saved; a kind switched off since then is caught here, before anything runs. */
function validSteps(stored: Prisma.JsonValue): PlanStep[] {
  const steps = planStepSchema.array().parse(stored);
  const { steps: parsed, problems } = validatePlanSteps(steps);
  if (problems.length > 0) throw new AppError("bad_request", "This plan has steps that cannot run; an admin must fix the plan", { details: problems });
  return parsed;
}
