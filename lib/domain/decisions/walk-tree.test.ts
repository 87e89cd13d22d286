import { describe, expect, it } from "vitest";
import type { DecisionTree } from "./decision-tree";
import { SEED_DECISION_TREE } from "./seed-tree";
import { answerQuestion, DecisionWalkError, walkTree, type RecordedAnswer } from "./walk-tree";

/** Every root-to-outcome path of the seed tree, as the seed document draws it. */
const SEED_PATHS: { answers: [nodeId: string, answerId: string][]; outcome: string; procedure: string; severity: string }[] = [
  { answers: [["severity", "critical"]], outcome: "immediate-rollback", procedure: "full_rollback", severity: "critical" },
  { answers: [["severity", "high"], ["can-hotfix", "yes"]], outcome: "deploy-hotfix", procedure: "hotfix_and_monitor", severity: "high" },
  { answers: [["severity", "high"], ["can-hotfix", "no"]], outcome: "full-rollback", procedure: "full_rollback", severity: "high" },
  { answers: [["severity", "medium"], ["users-impacted", "yes"], ["can-hotfix", "yes"]], outcome: "deploy-hotfix", procedure: "hotfix_and_monitor", severity: "medium" },
  { answers: [["severity", "medium"], ["users-impacted", "yes"], ["can-hotfix", "no"]], outcome: "full-rollback", procedure: "full_rollback", severity: "medium" },
  { answers: [["severity", "medium"], ["users-impacted", "no"]], outcome: "schedule-fix", procedure: "scheduled_fix", severity: "medium" },
  { answers: [["severity", "low"]], outcome: "schedule-fix", procedure: "scheduled_fix", severity: "low" },
];

const recorded = (answers: [string, string][]): RecordedAnswer[] => answers.map(([nodeId, answerId]) => ({ nodeId, answerId }));

function walkError(tree: DecisionTree, answers: RecordedAnswer[]): DecisionWalkError {
  try {
    walkTree(tree, answers);
  } catch (error) {
    if (error instanceof DecisionWalkError) return error;
    throw error;
  }
  throw new Error("expected the walk to fail");
}

describe("walkTree on the seed tree", () => {
  it.each(SEED_PATHS.map((path) => [path.answers.map(([, answerId]) => answerId).join(" → "), path] as const))("%s ends in its outcome", (_name, path) => {
    const walk = walkTree(SEED_DECISION_TREE, recorded(path.answers));
    expect(walk.current).toBeNull();
    expect(walk.outcome).toMatchObject({ id: path.outcome, procedure: path.procedure });
    expect(walk.facts.severity).toBe(path.severity);
    expect(walk.path.map((step) => step.question.id)).toEqual(path.answers.map(([nodeId]) => nodeId));
  });

  it("covers every path: each answer of each reachable question appears in some walk", () => {
    const walked = new Set(SEED_PATHS.flatMap((path) => path.answers.map(([nodeId, answerId]) => `${nodeId}:${answerId}`)));
    const offered = SEED_DECISION_TREE.nodes.flatMap((node) => (node.kind === "question" ? node.answers.map((answer) => `${node.id}:${answer.id}`) : []));
    expect([...walked].sort()).toEqual([...new Set(offered)].sort());
  });

  it("starts at the severity question and stops at each open question on the way", () => {
    expect(walkTree(SEED_DECISION_TREE, []).current?.id).toBe("severity");
    expect(walkTree(SEED_DECISION_TREE, recorded([["severity", "medium"]])).current?.id).toBe("users-impacted");
    const midway = walkTree(SEED_DECISION_TREE, recorded([["severity", "medium"], ["users-impacted", "yes"]]));
    expect(midway).toMatchObject({ current: { id: "can-hotfix" }, outcome: null, facts: { severity: "medium" } });
  });

  it("rejects an answer the question does not offer, naming what it offers", () => {
    const error = walkError(SEED_DECISION_TREE, recorded([["severity", "catastrophic"]]));
    expect(error.code).toBe("answer_not_offered");
    expect(error.message).toContain("critical, high, medium, low");
  });

  it("rejects an answer to a question that is not the current one", () => {
    expect(walkError(SEED_DECISION_TREE, recorded([["can-hotfix", "yes"]])).code).toBe("not_current_question");
    expect(() => answerQuestion(SEED_DECISION_TREE, recorded([["severity", "high"]]), { nodeId: "users-impacted", answerId: "yes" })).toThrow(DecisionWalkError);
  });

  it("rejects answers after the outcome", () => {
    expect(walkError(SEED_DECISION_TREE, recorded([["severity", "low"], ["schedule-fix", "yes"]])).code).toBe("decision_finished");
  });
});
