import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { validatePlanSteps } from "@/lib/domain/rollback/action-params";
import type { PlanInput } from "@/lib/domain/rollback/plan";

/** Each step's params against its kind: a 400 names every unknown or wrong parameter. */
export function validatedPlan(input: PlanInput): PlanInput {
  const { steps, problems } = validatePlanSteps(input.steps);
  if (problems.length > 0) {
    throw new AppError("bad_request", `Invalid plan: ${problems.map((problem) => `${problem.field} ${problem.message}`).join("; ")}`, { details: problems });
  }
  return { ...input, steps };
}
