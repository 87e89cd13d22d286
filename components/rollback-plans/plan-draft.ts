import type { RollbackPlanBody } from "@/lib/client/mutations/rollback-plans";
import type { RollbackPlan } from "@/lib/client/queries/rollback-plans";
import type { ActionKind } from "@/lib/domain/rollback/action-kinds";
import type { PlanType } from "@/lib/domain/rollback/plan";
import { DEFAULT_VERIFICATION_CHECKS, stepParamsExampleText } from "./step-param-examples";

/*
 * The plan as the editor holds it: text as typed (numbers and JSON included),
 * so nothing the admin typed is lost to a conversion. Every step carries an
 * id of its own, so React keeps its inputs (and focus) through a reorder, and
 * a problem found at "steps.2.params" stays on that step after it moves.
 */

export type StepDraft = {
  id: string;
  name: string;
  kind: ActionKind;
  paramsText: string;
  timeoutSeconds: string;
  maxAttempts: string;
  backoffSeconds: string;
  destructive: boolean;
  requiresApproval: boolean;
  pointOfNoReturn: boolean;
  warning: string;
};

export type PlanDraft = {
  type: PlanType;
  name: string;
  description: string;
  steps: StepDraft[];
  windowSeconds: string;
  checksText: string;
};

let lastId = 0;
function newStepId(): string {
  lastId += 1;
  return `step-${lastId}`;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function newStep(kind: ActionKind = "manual"): StepDraft {
  return {
    id: newStepId(),
    name: "",
    kind,
    paramsText: stepParamsExampleText(kind),
    timeoutSeconds: "300",
    maxAttempts: "1",
    backoffSeconds: "5",
    destructive: false,
    requiresApproval: false,
    pointOfNoReturn: false,
    warning: "",
  };
}

export function newPlanDraft(): PlanDraft {
  return { type: "application", name: "", description: "", steps: [newStep()], windowSeconds: "60", checksText: json(DEFAULT_VERIFICATION_CHECKS) };
}

/** A saved plan, or a built-in template to start from. */
export function draftFromPlan(plan: Pick<RollbackPlan, "type" | "name" | "steps" | "verification"> & { description?: string | null }): PlanDraft {
  return {
    type: plan.type,
    name: plan.name,
    description: plan.description ?? "",
    steps: plan.steps.map((step) => ({
      id: newStepId(),
      name: step.name,
      kind: step.kind,
      paramsText: json(step.params),
      timeoutSeconds: String(step.timeoutSeconds),
      maxAttempts: String(step.retry.maxAttempts),
      backoffSeconds: String(step.retry.backoffSeconds),
      destructive: step.destructive,
      requiresApproval: step.requiresApproval,
      pointOfNoReturn: step.pointOfNoReturn,
      warning: step.warning ?? "",
    })),
    windowSeconds: String(plan.verification.windowSeconds),
    checksText: json(plan.verification.checks),
  };
}

/** A kind change swaps in the new kind's example, unless the admin already wrote params of their own. */
export function withKind(step: StepDraft, kind: ActionKind): StepDraft {
  const untouched = step.paramsText.trim() === "" || step.paramsText === stepParamsExampleText(step.kind);
  return { ...step, kind, paramsText: untouched ? stepParamsExampleText(kind) : step.paramsText };
}

/** Problems found before sending, keyed like the server's field paths ("steps.0.params"). */
export type LocalProblem = { field: string; message: string };

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `is not valid JSON: ${error instanceof SyntaxError ? error.message : "cannot be read"}` };
  }
}

function wholeNumber(text: string, field: string, problems: LocalProblem[]): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  if (!Number.isInteger(number)) problems.push({ field, message: "must be a whole number" });
  return number;
}

/**
 * The body to send, or the problems that keep it from being sent: JSON that
 * does not parse, and numbers that are not numbers. Everything else (ranges,
 * unknown params, required fields) is the server's to judge.
 */
export function planBodyOf(draft: PlanDraft): { body: RollbackPlanBody; problems: [] } | { body: null; problems: LocalProblem[] } {
  const problems: LocalProblem[] = [];
  const steps = draft.steps.map((step, index) => {
    const at = `steps.${index}`;
    const parsed = parseJson(step.paramsText);
    if ("error" in parsed) problems.push({ field: `${at}.params`, message: parsed.error });
    else if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
      problems.push({ field: `${at}.params`, message: 'must be a JSON object, like { "instructions": "…" }' });
    }
    return {
      name: step.name,
      kind: step.kind,
      params: "value" in parsed ? parsed.value : {},
      timeoutSeconds: wholeNumber(step.timeoutSeconds, `${at}.timeoutSeconds`, problems),
      retry: { maxAttempts: wholeNumber(step.maxAttempts, `${at}.retry.maxAttempts`, problems), backoffSeconds: wholeNumber(step.backoffSeconds, `${at}.retry.backoffSeconds`, problems) },
      destructive: step.destructive,
      // Only a destructive step can ask for a second approval; the box is disabled otherwise, and its old tick must not linger.
      requiresApproval: step.destructive && step.requiresApproval,
      pointOfNoReturn: step.pointOfNoReturn,
      ...(step.warning.trim() === "" ? {} : { warning: step.warning }),
    };
  });
  const checks = parseJson(draft.checksText.trim() === "" ? "[]" : draft.checksText);
  if ("error" in checks) problems.push({ field: "verification.checks", message: checks.error });
  else if (!Array.isArray(checks.value)) problems.push({ field: "verification.checks", message: 'must be a JSON list, like [{ "kind": "error_rate" }]' });
  const windowSeconds = wholeNumber(draft.windowSeconds, "verification.windowSeconds", problems);
  if (problems.length > 0) return { body: null, problems };
  return {
    body: {
      type: draft.type,
      name: draft.name,
      ...(draft.description.trim() === "" ? {} : { description: draft.description }),
      steps,
      verification: { windowSeconds, checks: "value" in checks ? checks.value : [] },
    },
    problems: [],
  };
}

export function samePlan(draft: PlanDraft, other: PlanDraft): boolean {
  const strip = (plan: PlanDraft) => ({ ...plan, steps: plan.steps.map((step) => ({ ...step, id: "" })) });
  return JSON.stringify(strip(draft)) === JSON.stringify(strip(other));
}

