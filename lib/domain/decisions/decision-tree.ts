import { z } from "zod";
import { SEVERITIES } from "../incidents/lifecycle";

/** What a decision ends in: every outcome of every tree names one. */
export const PROCEDURES = ["full_rollback", "hotfix_and_monitor", "feature_flag_disable", "scheduled_fix", "investigate_first"] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const PROCEDURE_LABELS: Record<Procedure, string> = {
  full_rollback: "Full rollback",
  hotfix_and_monitor: "Deploy a hotfix and monitor closely",
  feature_flag_disable: "Disable the feature flag",
  scheduled_fix: "Schedule a fix",
  investigate_first: "Investigate before rolling back",
};

const id = z.string().trim().min(1, "is required").max(64).regex(/^[a-z0-9_-]+$/, "use lowercase letters, digits, - and _");

/**
 * An answer may set typed facts about the incident (today: its severity),
 * which the recommendation uses to find the matrix row and time budget.
 */
export const answerSchema = z.object({
  id,
  label: z.string().trim().min(1, "is required").max(120),
  hint: z.string().max(300).optional(),
  /** Where the answer leads. Optional here so that the validator can name an answer that leads nowhere. */
  next: id.optional(),
  sets: z.object({ severity: z.enum(SEVERITIES).optional() }).optional(),
});

export const questionNodeSchema = z.object({
  kind: z.literal("question"),
  id,
  prompt: z.string().trim().min(1, "is required").max(200),
  help: z.string().max(500).optional(),
  answers: z.array(answerSchema).max(4, "at most 4 answers (number keys 1-4 choose them)"),
});

export const outcomeNodeSchema = z.object({
  kind: z.literal("outcome"),
  id,
  title: z.string().trim().min(1, "is required").max(120),
  /** Optional here so that the validator can name an outcome without a procedure. */
  procedure: z.enum(PROCEDURES).optional(),
  urgency: z.enum(["immediate", "planned"]).optional(),
  summary: z.string().max(500).optional(),
  /** What to do once the procedure ran, e.g. "Verify the system is stable". */
  followUp: z.string().max(200).optional(),
});

export const decisionTreeSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120),
  description: z.string().max(1000).optional(),
  startNodeId: id,
  nodes: z.array(z.discriminatedUnion("kind", [questionNodeSchema, outcomeNodeSchema])).min(1, "a tree needs at least one node"),
});

export type DecisionTree = z.infer<typeof decisionTreeSchema>;
export type DecisionNode = DecisionTree["nodes"][number];
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;
export type Answer = z.infer<typeof answerSchema>;
