import type { Severity } from "../incidents/lifecycle";
import type { Answer, DecisionNode, DecisionTree, OutcomeNode, QuestionNode } from "./decision-tree";

export type RecordedAnswer = { nodeId: string; answerId: string };
export type PathStep = { question: QuestionNode; answer: Answer };

export type WalkResult = {
  path: PathStep[];
  /** The question to answer next, or null once an outcome is reached. */
  current: QuestionNode | null;
  outcome: OutcomeNode | null;
  facts: { severity: Severity | null };
};

export class DecisionWalkError extends Error {
  constructor(
    readonly code: "not_current_question" | "answer_not_offered" | "decision_finished" | "broken_tree",
    message: string,
  ) {
    super(message);
    this.name = "DecisionWalkError";
  }
}

/** Replays recorded answers from the start node; the tree must be valid (validateTree). */
export function walkTree(tree: DecisionTree, answers: readonly RecordedAnswer[]): WalkResult {
  const byId = new Map<string, DecisionNode>(tree.nodes.map((node) => [node.id, node]));
  const path: PathStep[] = [];
  const facts: WalkResult["facts"] = { severity: null };
  let node = byId.get(tree.startNodeId);

  for (const recorded of answers) {
    if (!node) throw new DecisionWalkError("broken_tree", "The tree has no node here");
    if (node.kind === "outcome") throw new DecisionWalkError("decision_finished", "The decision already reached an outcome");
    if (node.id !== recorded.nodeId) throw new DecisionWalkError("not_current_question", `The current question is "${node.prompt}"`);
    const question: QuestionNode = node;
    const answer = question.answers.find((candidate) => candidate.id === recorded.answerId);
    if (!answer) {
      const offered = question.answers.map((candidate) => candidate.id).join(", ");
      throw new DecisionWalkError("answer_not_offered", `"${recorded.answerId}" is not an answer to "${question.prompt}" (offered: ${offered})`);
    }
    path.push({ question, answer });
    if (answer.sets?.severity) facts.severity = answer.sets.severity;
    node = answer.next ? byId.get(answer.next) : undefined;
  }

  if (!node) throw new DecisionWalkError("broken_tree", "The tree has no node here");
  return node.kind === "outcome" ? { path, current: null, outcome: node, facts } : { path, current: node, outcome: null, facts };
}

/** Checks one more answer against the current state and returns the new state. */
export function answerQuestion(tree: DecisionTree, answers: readonly RecordedAnswer[], next: RecordedAnswer): WalkResult {
  return walkTree(tree, [...answers, next]);
}
