import { z } from "zod";
import { ACTION_KINDS } from "./action-kinds";
import { verificationConfigSchema } from "./verification";

export const PLAN_TYPES = ["application", "partial", "database", "configuration", "feature_flag", "code", "emergency_recovery"] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  application: "Application (immediate)",
  partial: "Partial",
  database: "Database",
  configuration: "Configuration",
  feature_flag: "Feature flag",
  code: "Code",
  emergency_recovery: "Emergency recovery",
};

export const retryPolicySchema = z.strictObject({
  /** Attempts in all, the first included. */
  maxAttempts: z.number().int().min(1).max(10).default(1),
  backoffSeconds: z.number().int().min(0).max(600).default(5),
});

/**
 * One step as planned. `params` is checked against its kind's schema by
 * `validatePlanSteps` (action-params.ts), which names unknown keys.
 */
export const planStepSchema = z.strictObject({
  name: z.string().trim().min(1, "give the step a name").max(120),
  kind: z.enum(ACTION_KINDS),
  params: z.record(z.string(), z.unknown()),
  timeoutSeconds: z.number().int().min(1).max(6 * 3600).default(300),
  retry: retryPolicySchema.default({ maxAttempts: 1, backoffSeconds: 5 }),
  /** Needs the service's name typed to run. */
  destructive: z.boolean().default(false),
  /** A destructive step that also needs a second commander's approval. */
  requiresApproval: z.boolean().default(false),
  /** After this step there is no going back; the commander is warned and must confirm. */
  pointOfNoReturn: z.boolean().default(false),
  warning: z.string().trim().max(1_000).optional(),
});
export type PlanStep = z.infer<typeof planStepSchema>;
export type PlanStepInput = z.input<typeof planStepSchema>;

export const planInputSchema = z.strictObject({
  type: z.enum(PLAN_TYPES),
  name: z.string().trim().min(1, "give the plan a name").max(120),
  description: z.string().trim().max(4_000).optional(),
  steps: z.array(planStepSchema).min(1, "a plan needs at least one step").max(50),
  verification: verificationConfigSchema.default({ windowSeconds: 60, checks: [] }),
});
export type PlanInput = z.infer<typeof planInputSchema>;
/** A plan as written by hand or in a template, before defaults apply. */
export type PlanInputSource = z.input<typeof planInputSchema>;

export const planUpdateSchema = planInputSchema.extend({ version: z.number().int().min(1) });
