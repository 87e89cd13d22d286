import { PROCEDURE_LABELS, type DecisionNode, type DecisionTree } from "@/lib/domain/decisions/decision-tree";

export type TakenStep = { nodeId: string; answerId: string };

export type DiagramAnswer = { id: string; label: string; taken: boolean; child: DiagramNode | null };

export type DiagramNode =
  | { kind: "question"; id: string; title: string; onPath: boolean; isEnd: boolean; answers: DiagramAnswer[] }
  | { kind: "outcome" | "note"; id: string; title: string; detail: string | null; onPath: boolean; isEnd: boolean };

/** Expanding a DAG as a tree repeats shared subtrees; past this many boxes the rest is summarised. */
const MAX_BOXES = 200;

/**
 * Lays the tree out for drawing, marking the taken path: a node is on it
 * when every answer above it was the one chosen at that depth, so a subtree
 * shared by two branches lights up only under the branch actually taken.
 */
export function buildDiagram(tree: DecisionTree, taken: readonly TakenStep[]): DiagramNode {
  const byId = new Map<string, DecisionNode>(tree.nodes.map((node) => [node.id, node]));
  let boxes = 0;

  const build = (nodeId: string, depth: number, onPath: boolean, ancestors: readonly string[]): DiagramNode => {
    boxes += 1;
    const node = byId.get(nodeId);
    const isEnd = onPath && depth === taken.length;
    if (!node) return note(nodeId, `Missing node “${nodeId}”`, onPath, isEnd);
    // A published tree has no cycles; guard anyway so a bad one cannot hang the page.
    if (ancestors.includes(nodeId)) return note(nodeId, `Loops back to “${nodeTitle(node)}”`, onPath, isEnd);
    if (boxes > MAX_BOXES) return note(nodeId, `… ${nodeTitle(node)}`, onPath, isEnd);
    if (node.kind === "outcome") {
      return { kind: "outcome", id: node.id, title: node.title, detail: node.procedure ? PROCEDURE_LABELS[node.procedure] : null, onPath, isEnd };
    }
    const step = onPath ? taken[depth] : undefined;
    const answers = node.answers.map((answer) => {
      const answerTaken = step !== undefined && step.nodeId === node.id && step.answerId === answer.id;
      return {
        id: answer.id,
        label: answer.label,
        taken: answerTaken,
        child: answer.next ? build(answer.next, depth + 1, answerTaken, [...ancestors, nodeId]) : null,
      };
    });
    return { kind: "question", id: node.id, title: node.prompt, onPath, isEnd, answers };
  };

  return build(tree.startNodeId, 0, true, []);
}

/** One line describing the taken path, for an accessible name or a caption. */
export function describePath(tree: DecisionTree, taken: readonly TakenStep[]): string {
  const byId = new Map<string, DecisionNode>(tree.nodes.map((node) => [node.id, node]));
  return taken
    .map((step) => {
      const node = byId.get(step.nodeId);
      const answer = node?.kind === "question" ? node.answers.find((candidate) => candidate.id === step.answerId) : undefined;
      return `${node ? nodeTitle(node) : step.nodeId} ${answer?.label ?? step.answerId}`;
    })
    .join(", then ");
}

function note(id: string, title: string, onPath: boolean, isEnd: boolean): DiagramNode {
  return { kind: "note", id, title, detail: null, onPath, isEnd };
}

function nodeTitle(node: DecisionNode): string {
  return node.kind === "question" ? node.prompt : node.title;
}
