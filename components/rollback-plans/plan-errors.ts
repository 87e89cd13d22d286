import type { FieldProblem } from "@/lib/domain/app-error";
import type { PlanDraft } from "./plan-draft";

/**
 * The server names each problem by its path in the plan it was sent
 * ("steps.2.params.replicas"). These keys name the same places by the
 * draft's step ids instead, so a message stays next to the right input
 * whatever is reordered afterwards.
 */
export const planErrorKey = {
  type: "type",
  name: "name",
  description: "description",
  steps: "steps",
  windowSeconds: "windowSeconds",
  checks: "checks",
  /** The step as a whole: a key the step may not have. */
  step: (stepId: string) => stepId,
  stepField: (stepId: string, field: StepField) => `${stepId}.${field}`,
};

const STEP_FIELDS = ["name", "kind", "params", "timeoutSeconds", "maxAttempts", "backoffSeconds", "destructive", "requiresApproval", "pointOfNoReturn", "warning"] as const;
export type StepField = (typeof STEP_FIELDS)[number];

export type PlanErrors = {
  byKey: Readonly<Record<string, string>>;
  /** Problems no input stands for (the plan's version, a path this editor does not know). */
  unplaced: FieldProblem[];
};

export const NO_PLAN_ERRORS: PlanErrors = { byKey: {}, unplaced: [] };

/** Where a problem goes, and the part of its path to say in the message (inside a JSON box, "replicas"). */
type Placement = { key: string; within: string[] };

const TOP_LEVEL: Record<string, string> = { type: planErrorKey.type, name: planErrorKey.name, description: planErrorKey.description, steps: planErrorKey.steps };

function placementOf(field: string, submitted: PlanDraft): Placement | null {
  const [root, second, third, ...rest] = field.split(".");
  if (root === undefined) return null;
  if (second === undefined && TOP_LEVEL[root]) return { key: TOP_LEVEL[root], within: [] };
  if (root === "verification") {
    if (second === "windowSeconds" && third === undefined) return { key: planErrorKey.windowSeconds, within: [] };
    if (second === undefined || second === "checks") return { key: planErrorKey.checks, within: third === undefined ? [] : [third, ...rest] };
    return null;
  }
  if (root !== "steps" || second === undefined) return null;
  const step = submitted.steps[Number(second)];
  if (!step) return null;
  if (third === undefined) return { key: planErrorKey.step(step.id), within: [] };
  if (third === "params") return { key: planErrorKey.stepField(step.id, "params"), within: rest };
  if (third === "retry") {
    const retryField = rest[0] === "backoffSeconds" ? "backoffSeconds" : "maxAttempts";
    return { key: planErrorKey.stepField(step.id, retryField), within: [] };
  }
  const stepField = STEP_FIELDS.find((candidate) => candidate === third);
  return stepField && rest.length === 0 ? { key: planErrorKey.stepField(step.id, stepField), within: [] } : null;
}

/** "checks" paths start with the check's index: people count from 1. */
function describeWithin(key: string, within: string[]): string {
  if (within.length === 0) return "";
  if (key === planErrorKey.checks) {
    const [index, ...rest] = within;
    return `check ${Number(index) + 1}${rest.length > 0 ? ` ${rest.join(".")}` : ""}: `;
  }
  return `${within.join(".")}: `;
}

/** Places each problem of a refused save on the input of `submitted`, the draft as it was sent. */
export function placePlanProblems(problems: readonly FieldProblem[], submitted: PlanDraft): PlanErrors {
  const byKey: Record<string, string> = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const placement = placementOf(problem.field, submitted);
    if (!placement) {
      unplaced.push(problem);
      continue;
    }
    const message = `${describeWithin(placement.key, placement.within)}${problem.message}`;
    byKey[placement.key] = byKey[placement.key] ? `${byKey[placement.key]}; ${message}` : message;
  }
  return { byKey, unplaced };
}

/** Every key in the order the inputs appear on the page. */
function keysInOrder(draft: PlanDraft): string[] {
  return [
    planErrorKey.type,
    planErrorKey.name,
    planErrorKey.description,
    ...draft.steps.flatMap((step) => [planErrorKey.step(step.id), ...STEP_FIELDS.map((field) => planErrorKey.stepField(step.id, field))]),
    planErrorKey.steps,
    planErrorKey.windowSeconds,
    planErrorKey.checks,
  ];
}

export function firstPlanErrorKey(errors: PlanErrors, draft: PlanDraft): string | null {
  return keysInOrder(draft).find((key) => errors.byKey[key] !== undefined) ?? null;
}

/** The errors without the one of an input the admin has just changed. */
export function withoutPlanError(errors: PlanErrors, key: string): PlanErrors {
  if (errors.byKey[key] === undefined) return errors;
  const byKey = { ...errors.byKey };
  delete byKey[key];
  return { ...errors, byKey };
}
