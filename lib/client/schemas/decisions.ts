import { z } from "zod";
import { SCENARIOS } from "@/lib/domain/decisions/decision-matrix";
import { decisionTreeSchema, outcomeNodeSchema, PROCEDURES } from "@/lib/domain/decisions/decision-tree";
import { SEVERITIES } from "@/lib/domain/incidents/lifecycle";

/** lib/domain/decisions/decision-matrix.ts `MatrixRow`, as JSON. */
export const matrixRowSchema = z.object({
  scenario: z.enum(SCENARIOS),
  label: z.string(),
  severity: z.enum(SEVERITIES),
  budgetMinutes: z.number().nullable(),
  budgetLabel: z.string(),
  decisionMaker: z.string(),
  procedureLabel: z.string(),
  procedure: z.enum(PROCEDURES),
  privateByDefault: z.boolean().optional(),
});
export type MatrixRowDto = z.infer<typeof matrixRowSchema>;

const answeredBySchema = z.object({ id: z.string().nullable(), name: z.string() });

export const recommendationSchema = z.object({
  outcome: outcomeNodeSchema,
  procedureLabel: z.string(),
  severity: z.enum(SEVERITIES).nullable(),
  matrixRow: matrixRowSchema.nullable(),
  // Trigger and procedure names are open-ended on purpose: a new one on the server must not break this page.
  triggers: z.array(z.object({ trigger: z.string(), message: z.string() })),
  alternatives: z.array(z.object({ procedure: z.string(), label: z.string(), when: z.array(z.string()) })),
  path: z.array(z.object({ nodeId: z.string(), prompt: z.string(), answerId: z.string(), answer: z.string() })),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** docs/api.md, `Decision`. */
export const decisionSchema = z.object({
  id: z.string(),
  status: z.enum(["in_progress", "decided", "abandoned"]),
  step: z.number(),
  tree: z.object({ key: z.string(), version: z.number(), content: decisionTreeSchema }),
  answers: z.array(
    z.object({
      position: z.number(),
      nodeId: z.string(),
      answerId: z.string(),
      answeredBy: answeredBySchema.nullable(),
      answeredAt: z.string(),
      healthSnapshot: z.unknown(),
    }),
  ),
  currentNodeId: z.string().nullable(),
  recommendation: recommendationSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionAnswerRecord = Decision["answers"][number];

export const decisionResponseSchema = z.object({ decision: decisionSchema.nullable() });
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

export const decisionMutationResponseSchema = z.object({ decision: decisionSchema });

/** GET /decision-trees/default. */
export const decisionTreeVersionSchema = z.object({ key: z.string(), version: z.number(), content: decisionTreeSchema, createdAt: z.string() });
export type DecisionTreeVersion = z.infer<typeof decisionTreeVersionSchema>;

export const decisionTreeResponseSchema = z.object({
  tree: decisionTreeVersionSchema,
  versions: z.array(z.object({ version: z.number(), createdAt: z.string() })),
});
export type DecisionTreeResponse = z.infer<typeof decisionTreeResponseSchema>;

export const publishDecisionTreeResponseSchema = z.object({ tree: decisionTreeVersionSchema });
