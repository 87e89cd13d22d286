import type { DecisionNode, DecisionTree } from "./decision-tree";

export type TreeProblemCode = "duplicate_id" | "missing_start" | "dangling_edge" | "answer_leads_nowhere" | "no_answers" | "missing_procedure" | "cycle" | "unreachable";
export type TreeProblem = { code: TreeProblemCode; nodeId: string | null; message: string };

/**
 * Everything that would strand a commander mid-decision: a cycle, an edge to
 * a node that does not exist, an answer leading nowhere, a question with no
 * answers, an outcome without a procedure, or nodes no path reaches.
 */
export function validateTree(tree: DecisionTree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const byId = new Map<string, DecisionNode>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) problems.push({ code: "duplicate_id", nodeId: node.id, message: `Two nodes share the id "${node.id}"` });
    byId.set(node.id, node);
  }
  if (!byId.has(tree.startNodeId)) {
    problems.push({ code: "missing_start", nodeId: null, message: `The start node "${tree.startNodeId}" does not exist` });
  }

  for (const node of tree.nodes) {
    if (node.kind === "outcome") {
      if (!node.procedure) problems.push({ code: "missing_procedure", nodeId: node.id, message: `Outcome "${node.title}" names no procedure` });
      continue;
    }
    if (node.answers.length === 0) problems.push({ code: "no_answers", nodeId: node.id, message: `Question "${node.prompt}" offers no answers` });
    for (const answer of node.answers) {
      if (!answer.next) {
        problems.push({ code: "answer_leads_nowhere", nodeId: node.id, message: `Answer "${answer.label}" to "${node.prompt}" leads nowhere` });
      } else if (!byId.has(answer.next)) {
        problems.push({ code: "dangling_edge", nodeId: node.id, message: `Answer "${answer.label}" to "${node.prompt}" leads to "${answer.next}", which does not exist` });
      }
    }
  }

  const cycle = findCycle(tree.startNodeId, byId);
  if (cycle) problems.push({ code: "cycle", nodeId: cycle[0] ?? null, message: `The path ${cycle.join(" → ")} loops back on itself` });

  const reachable = reachableFrom(tree.startNodeId, byId);
  for (const node of tree.nodes) {
    if (!reachable.has(node.id) && byId.has(tree.startNodeId)) {
      problems.push({ code: "unreachable", nodeId: node.id, message: `No path from the start reaches "${node.id}"` });
    }
  }
  return problems;
}

function successors(node: DecisionNode | undefined): string[] {
  if (!node || node.kind !== "question") return [];
  return node.answers.flatMap((answer) => (answer.next ? [answer.next] : []));
}

function findCycle(startId: string, byId: Map<string, DecisionNode>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (nodeId: string): string[] | null => {
    if (state.get(nodeId) === "done" || !byId.has(nodeId)) return null;
    if (state.get(nodeId) === "visiting") return [...stack.slice(stack.indexOf(nodeId)), nodeId];
    state.set(nodeId, "visiting");
    stack.push(nodeId);
    for (const next of successors(byId.get(nodeId))) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(nodeId, "done");
    return null;
  };
  for (const nodeId of [startId, ...byId.keys()]) {
    const cycle = visit(nodeId);
    if (cycle) return cycle;
  }
  return null;
}

function reachableFrom(startId: string, byId: Map<string, DecisionNode>): Set<string> {
  const seen = new Set<string>();
  const queue = [startId];
  while (queue.length > 0) {
    const nodeId = queue.shift() as string;
    if (seen.has(nodeId) || !byId.has(nodeId)) continue;
    seen.add(nodeId);
    queue.push(...successors(byId.get(nodeId)));
  }
  return seen;
}
