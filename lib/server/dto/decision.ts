import "server-only";
import type { Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { buildRecommendation } from "@/lib/domain/decisions/recommend";
import type { HealthFigures } from "@/lib/domain/decisions/triggers";
import { walkTree } from "@/lib/domain/decisions/walk-tree";
import type { Severity } from "@/lib/domain/incidents/lifecycle";
import { healthSnapshotSchema } from "@/lib/domain/schemas/decisions";
import type { DecisionTreeVersionRow } from "../queries/decision-trees";
import type { DecisionRow } from "../queries/decisions";

/** `Decision` of docs/api.md, for the API and the socket room alike. */
export function toDecisionDto(row: DecisionRow, incident: { severity: Severity; scenario: Scenario | null }) {
  const tree = row.treeVersion.content;
  const recorded = row.answers.map(({ nodeId, answerId }) => ({ nodeId, answerId }));
  return {
    id: row.id,
    status: row.status,
    /** The number of answers so far: what the next answer and the back button must send. */
    step: row.answers.length,
    tree: { key: row.treeVersion.key, version: row.treeVersion.version, content: tree },
    answers: row.answers.map((answer) => ({
      position: answer.position,
      nodeId: answer.nodeId,
      answerId: answer.answerId,
      // The name as it was when answering; the id is null for a token without a user, or a deleted user.
      answeredBy: { id: answer.answeredById, name: answer.answeredByName },
      answeredAt: answer.answeredAt.toISOString(),
      healthSnapshot: answer.healthSnapshot,
    })),
    currentNodeId: row.status === "in_progress" ? (walkTree(tree, recorded).current?.id ?? null) : null,
    recommendation: row.status === "decided" ? buildRecommendation({ tree, answers: recorded, incident, health: latestHealth(row.answers) }) : null,
  };
}

export type DecisionDto = ReturnType<typeof toDecisionDto>;

export function toDecisionTreeDto(row: DecisionTreeVersionRow): { key: string; version: number; content: DecisionTree; createdAt: string } {
  return { key: row.key, version: row.version, content: row.content, createdAt: row.createdAt.toISOString() };
}

export type DecisionTreeDto = ReturnType<typeof toDecisionTreeDto>;

/** The freshest figures recorded with an answer: the state the decision was made in. */
function latestHealth(answers: DecisionRow["answers"]): HealthFigures | null {
  for (const answer of [...answers].reverse()) {
    const parsed = healthSnapshotSchema.safeParse(answer.healthSnapshot);
    if (answer.healthSnapshot !== null && parsed.success) return parsed.data;
  }
  return null;
}
