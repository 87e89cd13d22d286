import "server-only";
import { validatePlanSteps } from "@/lib/domain/rollback/action-params";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { sandboxPlanTemplates } from "@/lib/domain/rollback/plan-templates";
import type { SandboxServiceDefinition } from "@/lib/sandbox/fleet-definition";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { findFeatureFlagByKey, insertFeatureFlag } from "../../queries/feature-flags";
import { findPlanByName, insertPlan } from "../../queries/rollback-plans";

/**
 * The demo's runbooks: each sandbox service gets the built-in plans (added
 * once; an admin's edits are kept on restart) and a release flag in the set
 * the immediate rollback turns off.
 */
export async function installDemoRollbackPlans(tx: Db, serviceId: string, definition: SandboxServiceDefinition): Promise<void> {
  const templates = sandboxPlanTemplates({ slug: definition.slug, name: definition.name, knownGoodVersion: definition.previousVersion });
  for (const template of templates) {
    if (await findPlanByName(tx, serviceId, template.name)) continue;
    const plan = planInputSchema.parse(template);
    const { steps, problems } = validatePlanSteps(plan.steps);
    if (problems.length > 0) throw new Error(`Built-in plan “${plan.name}” is invalid: ${problems.map((problem) => `${problem.field} ${problem.message}`).join("; ")}`);
    await insertPlan(tx, {
      serviceId,
      type: plan.type,
      name: plan.name,
      description: plan.description ?? null,
      steps: steps as Prisma.InputJsonArray,
      verification: plan.verification as Prisma.InputJsonObject,
    });
  }
  const flagKey = `${definition.slug}.release-ui`;
  if (!(await findFeatureFlagByKey(tx, flagKey))) {
    await insertFeatureFlag(tx, {
      key: flagKey,
      description: `${definition.name}'s new UI from the latest release; the immediate rollback turns it off`,
      enabled: true,
      onValue: true,
      offValue: false,
      killSwitch: false,
      sets: [`${definition.slug}-release`],
      updatedBy: "Rewind demo",
    });
  }
}
