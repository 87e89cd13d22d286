import { describe, expect, it } from "vitest";
import { validatePlanSteps } from "./action-params";
import { planInputSchema } from "./plan";
import { genericPlanTemplates, sandboxPlanTemplates } from "./plan-templates";

const service = { slug: "storefront", name: "HomeVerse Storefront" };

describe("built-in plan templates", () => {
  const templates = [...sandboxPlanTemplates({ ...service, knownGoodVersion: "1.4.1" }), ...genericPlanTemplates(service)];

  it.each(templates.map((template) => [template.name, template] as const))("%s is a valid plan whose every step's params pass their kind's schema", (_name, template) => {
    const plan = planInputSchema.parse(template);
    expect(validatePlanSteps(plan.steps).problems).toEqual([]);
  });

  it("covers every plan type the seeds describe, the emergency recovery included", () => {
    const types = new Set(templates.map((template) => template.type));
    expect([...types].sort()).toEqual(["application", "code", "configuration", "database", "emergency_recovery", "feature_flag", "partial"]);
  });

  it("makes the database restore destructive, approved by a second commander, and the point of no return", () => {
    const restore = genericPlanTemplates(service).find((template) => template.type === "database")!.steps.find((step) => step.name === "Restore the backup")!;
    expect(restore).toMatchObject({ destructive: true, requiresApproval: true, pointOfNoReturn: true });
  });
});
