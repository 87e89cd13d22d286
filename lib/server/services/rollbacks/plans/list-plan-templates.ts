import "server-only";
import { describeStep } from "@/lib/domain/rollback/action-params";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { genericPlanTemplates, sandboxPlanTemplates } from "@/lib/domain/rollback/plan-templates";
import { findSandboxService } from "@/lib/sandbox/fleet-definition";
import type { Actor } from "../../../auth/caller";
import { db } from "../../../db/client";
import { assertCan } from "../../../permissions/assert-can";
import { loadServiceByRef } from "../../health/load-service";

/** The built-in plans (after the seeds) an admin can start a new plan from, filled in for this service. */
export async function listPlanTemplates(actor: Actor, serviceRef: string) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  const sandbox = service.environment === "sandbox" ? findSandboxService(service.slug) : undefined;
  const sources = [...(sandbox ? sandboxPlanTemplates({ slug: service.slug, name: service.name, knownGoodVersion: sandbox.previousVersion }) : []), ...genericPlanTemplates(service)];
  return sources.map((source) => {
    const plan = planInputSchema.parse(source);
    return { ...plan, steps: plan.steps.map((step) => ({ ...step, description: describeStep(step) })) };
  });
}
