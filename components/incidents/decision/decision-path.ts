import type { Decision } from "@/lib/client/schemas/decisions";
import type { QuestionNode } from "@/lib/domain/decisions/decision-tree";
import { walkTree } from "@/lib/domain/decisions/walk-tree";

export type PathEntry = { nodeId: string; answerId: string; prompt: string; answer: string };

export type DecisionView = { path: PathEntry[]; current: QuestionNode | null };

/**
 * The answers so far with their wording, and the question to answer now,
 * replayed from the tree version the decision started with. The server's
 * recommendation carries its own path once decided; this covers the steps
 * before. A tree the client cannot replay falls back to the raw ids.
 */
export function decisionView(decision: Decision): DecisionView {
  if (decision.recommendation) return { path: decision.recommendation.path, current: null };
  const tree = decision.tree.content;
  try {
    const walk = walkTree(tree, [...decision.answers].sort((a, b) => a.position - b.position));
    return {
      path: walk.path.map(({ question, answer }) => ({ nodeId: question.id, answerId: answer.id, prompt: question.prompt, answer: answer.label })),
      current: walk.current,
    };
  } catch {
    const current = tree.nodes.find((node): node is QuestionNode => node.kind === "question" && node.id === decision.currentNodeId) ?? null;
    return { path: decision.answers.map((answer) => ({ nodeId: answer.nodeId, answerId: answer.answerId, prompt: answer.nodeId, answer: answer.answerId })), current };
  }
}
