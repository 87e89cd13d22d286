import { describe, expect, it } from "vitest";
import type { DecisionTree } from "./decision-tree";
import { SEED_DECISION_TREE } from "./seed-tree";
import { validateTree, type TreeProblemCode } from "./validate-tree";

/** A small valid tree: start → (go → done | stop → halt). Each test breaks one thing. */
function tree(): DecisionTree {
  return {
    name: "Test tree",
    startNodeId: "start",
    nodes: [
      { kind: "question", id: "start", prompt: "Go?", answers: [{ id: "go", label: "Go", next: "done" }, { id: "stop", label: "Stop", next: "halt" }] },
      { kind: "outcome", id: "done", title: "Roll back", procedure: "full_rollback" },
      { kind: "outcome", id: "halt", title: "Wait", procedure: "investigate_first" },
    ],
  };
}

function question(candidate: DecisionTree, id: string) {
  const node = candidate.nodes.find((each) => each.id === id);
  if (node?.kind !== "question") throw new Error(`no question ${id}`);
  return node;
}

const codes = (candidate: DecisionTree): TreeProblemCode[] => validateTree(candidate).map((problem) => problem.code);

describe("validateTree", () => {
  it("finds nothing wrong with the seed tree or the test tree", () => {
    expect(validateTree(SEED_DECISION_TREE)).toEqual([]);
    expect(validateTree(tree())).toEqual([]);
  });

  it("names a cycle and the node it starts at", () => {
    const looping = tree();
    question(looping, "start").answers.push({ id: "again", label: "Again", next: "start" });
    const problems = validateTree(looping);
    expect(problems).toEqual([expect.objectContaining({ code: "cycle", nodeId: "start", message: expect.stringContaining("start → start") })]);
  });

  it("names an answer leading to a node that does not exist", () => {
    const dangling = tree();
    question(dangling, "start").answers[0] = { id: "go", label: "Go", next: "nowhere" };
    expect(validateTree(dangling)).toContainEqual(expect.objectContaining({ code: "dangling_edge", nodeId: "start", message: expect.stringContaining('"nowhere"') }));
  });

  it("names an answer that leads nowhere", () => {
    const open = tree();
    question(open, "start").answers[1] = { id: "stop", label: "Stop" };
    expect(validateTree(open)).toContainEqual(expect.objectContaining({ code: "answer_leads_nowhere", nodeId: "start", message: expect.stringContaining('"Stop"') }));
  });

  it("names an outcome without a procedure", () => {
    const vague = tree();
    vague.nodes[1] = { kind: "outcome", id: "done", title: "Roll back" };
    expect(validateTree(vague)).toEqual([expect.objectContaining({ code: "missing_procedure", nodeId: "done" })]);
  });

  it("names a question without answers", () => {
    const mute = tree();
    mute.nodes.push({ kind: "question", id: "orphan-question", prompt: "Anyone?", answers: [] });
    question(mute, "start").answers.push({ id: "ask", label: "Ask", next: "orphan-question" });
    expect(validateTree(mute)).toEqual([expect.objectContaining({ code: "no_answers", nodeId: "orphan-question" })]);
  });

  it("names two nodes sharing an id", () => {
    const doubled = tree();
    doubled.nodes.push({ kind: "outcome", id: "done", title: "Again", procedure: "scheduled_fix" });
    expect(codes(doubled)).toContain("duplicate_id");
    expect(validateTree(doubled).find((problem) => problem.code === "duplicate_id")?.nodeId).toBe("done");
  });

  it("names a start node that does not exist, and does not also call every node unreachable", () => {
    const headless = { ...tree(), startNodeId: "begin" };
    expect(validateTree(headless)).toEqual([expect.objectContaining({ code: "missing_start", nodeId: null, message: expect.stringContaining('"begin"') })]);
  });

  it("names a node no path reaches", () => {
    const stranded = tree();
    stranded.nodes.push({ kind: "outcome", id: "island", title: "Never", procedure: "scheduled_fix" });
    expect(validateTree(stranded)).toEqual([expect.objectContaining({ code: "unreachable", nodeId: "island" })]);
  });

  it("reports every problem at once", () => {
    const broken = tree();
    question(broken, "start").answers = [{ id: "go", label: "Go", next: "nowhere" }, { id: "stop", label: "Stop" }];
    broken.nodes[1] = { kind: "outcome", id: "done", title: "Roll back" };
    expect(codes(broken).sort()).toEqual(["answer_leads_nowhere", "dangling_edge", "missing_procedure", "unreachable", "unreachable"]);
  });
});
