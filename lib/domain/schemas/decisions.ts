import { z } from "zod";
import type { HealthFigures } from "../decisions/triggers";

/** Only one tree exists today; any other key is a 404 (params that do not parse answer not_found). */
export const DECISION_TREE_KEYS = ["default"] as const;
export type DecisionTreeKey = (typeof DECISION_TREE_KEYS)[number];
export const decisionTreeParamsSchema = z.object({ treeKey: z.enum(DECISION_TREE_KEYS) });

/**
 * The content is checked by the service (decisionTreeSchema, then validateTree),
 * so that every problem comes back in one 400 that names the node.
 */
export const publishDecisionTreeSchema = z.object({ content: z.unknown().refine((value) => value !== undefined, "is required") });
export type PublishDecisionTreeInput = z.infer<typeof publishDecisionTreeSchema>;

export const startDecisionSchema = z.object({
  /** Abandon the current decision (in progress or decided) and start over. */
  restart: z.boolean().optional(),
});
export type StartDecisionInput = z.infer<typeof startDecisionSchema>;

const nodeOrAnswerId = z.string().trim().min(1, "is required").max(64);

export const answerDecisionSchema = z.object({
  /** The step the client saw (the number of answers so far): a stale step means someone answered first. */
  step: z.number().int().min(0),
  nodeId: nodeOrAnswerId,
  answerId: nodeOrAnswerId,
});
export type AnswerDecisionInput = z.infer<typeof answerDecisionSchema>;

export const undoLastAnswerQuerySchema = z.object({ step: z.coerce.number().int().min(0) });
export type UndoLastAnswerQuery = z.infer<typeof undoLastAnswerQuerySchema>;

const figure = z.number().nullable().optional();

/** A stored DecisionAnswer.healthSnapshot; anything else stored there is ignored. */
export const healthSnapshotSchema = z.object({
  errorRatePct: figure,
  p95Ms: figure,
  baselineP95Ms: figure,
  unavailableMinutes: figure,
  consecutiveFailedChecks: figure,
}) satisfies z.ZodType<HealthFigures>;
