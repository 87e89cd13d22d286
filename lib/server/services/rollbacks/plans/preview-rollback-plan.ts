import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { describeStep } from "@/lib/domain/rollback/action-params";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import type { Actor } from "../../../auth/caller";
import { db } from "../../../db/client";
import type { ActionPreview } from "../../../integrations/rollback/action-executor";
import { assertCan } from "../../../permissions/assert-can";
import { findPlanById } from "../../../queries/rollback-plans";
import { findServiceByRef } from "../../../queries/services";
import { actionEnvironment } from "../engine/action-environment";
import { executorFor } from "../engine/action-registry";

const PREVIEW_TIMEOUT_MS = 20_000;

/** What each step would do now, with the target's dry run where it has one. Changes nothing. */
export async function previewRollbackPlan(actor: Actor, planId: string) {
  assertCan(actor, "rollbacks.run");
  const plan = await findPlanById(db(), planId);
  if (!plan || plan.archivedAt) throw new AppError("not_found", "No rollback plan with this id");
  const service = await findServiceByRef(db(), plan.serviceId);
  const environment = actionEnvironment(db(), {
    id: "preview",
    mode: "drill",
    reason: "preview",
    startedByName: actor.name,
    planSnapshot: { name: plan.name, type: plan.type, version: plan.version, verification: plan.verification },
    service: { id: plan.serviceId, slug: service?.slug ?? "", name: service?.name ?? "" },
    incident: null,
  });
  const signal = AbortSignal.timeout(PREVIEW_TIMEOUT_MS);
  const steps = plan.steps as PlanStep[];
  const previews = await Promise.all(
    steps.map(async (step, position) => {
      const executor = executorFor(step.kind);
      let preview: ActionPreview | { error: string };
      try {
        preview = executor ? await executor.preview(step.params, { ...environment, signal }) : { error: `${step.kind} steps are not available` };
      } catch (error) {
        preview = { error: environment.scrub(error instanceof Error ? error.message : String(error)) };
      }
      return { position, name: step.name, kind: step.kind, description: describeStep(step), destructive: step.destructive, pointOfNoReturn: step.pointOfNoReturn, preview };
    }),
  );
  return { planId: plan.id, version: plan.version, steps: previews };
}
