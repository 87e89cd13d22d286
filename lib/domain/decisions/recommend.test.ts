import { describe, expect, it } from "vitest";
import { DECISION_MATRIX } from "./decision-matrix";
import type { DecisionTree } from "./decision-tree";
import { alternativesTo, buildRecommendation } from "./recommend";
import { SEED_DECISION_TREE } from "./seed-tree";

const answers = (...pairs: [string, string][]) => pairs.map(([nodeId, answerId]) => ({ nodeId, answerId }));
const noScenario = { severity: "medium" as const, scenario: null };

describe("buildRecommendation", () => {
  it("is null while a question is still open", () => {
    expect(buildRecommendation({ tree: SEED_DECISION_TREE, answers: answers(["severity", "high"]), incident: noScenario })).toBeNull();
  });

  it("recommends the outcome reached, with its label, the path and the answers' severity", () => {
    const recommendation = buildRecommendation({ tree: SEED_DECISION_TREE, answers: answers(["severity", "high"], ["can-hotfix", "no"]), incident: noScenario });
    expect(recommendation).toMatchObject({
      outcome: { id: "full-rollback", procedure: "full_rollback" },
      procedureLabel: "Full rollback",
      severity: "high",
      triggers: [],
      path: [
        { nodeId: "severity", prompt: "How severe is the issue?", answerId: "high", answer: "High" },
        { nodeId: "can-hotfix", prompt: "Can we hotfix it?", answerId: "no", answer: "No" },
      ],
    });
  });

  it("finds the matrix row by the incident's scenario when it has one, else by severity", () => {
    const critical = answers(["severity", "critical"]);
    const byScenario = buildRecommendation({ tree: SEED_DECISION_TREE, answers: critical, incident: { severity: "high", scenario: "data_corruption" } });
    expect(byScenario?.matrixRow).toEqual(DECISION_MATRIX.find((row) => row.scenario === "data_corruption"));
    const bySeverity = buildRecommendation({ tree: SEED_DECISION_TREE, answers: answers(["severity", "high"], ["can-hotfix", "yes"]), incident: noScenario });
    expect(bySeverity?.matrixRow).toMatchObject({ scenario: "performance_degradation", severity: "high", budgetMinutes: 15 });
  });

  it("falls back to the incident's severity when no answer sets one", () => {
    const tree: DecisionTree = {
      name: "No facts",
      startNodeId: "broken",
      nodes: [
        { kind: "question", id: "broken", prompt: "Is it broken?", answers: [{ id: "yes", label: "Yes", next: "roll" }, { id: "no", label: "No", next: "wait" }] },
        { kind: "outcome", id: "roll", title: "Roll back", procedure: "full_rollback" },
        { kind: "outcome", id: "wait", title: "Wait", procedure: "investigate_first" },
      ],
    };
    const recommendation = buildRecommendation({ tree, answers: answers(["broken", "yes"]), incident: { severity: "low", scenario: null } });
    expect(recommendation).toMatchObject({ severity: "low", matrixRow: { scenario: "minor_ui_issue" } });
  });

  it("lists the rollback triggers the health figures fire", () => {
    const recommendation = buildRecommendation({
      tree: SEED_DECISION_TREE,
      answers: answers(["severity", "critical"]),
      incident: noScenario,
      health: { errorRatePct: 12, p95Ms: 900, baselineP95Ms: 300, consecutiveFailedChecks: 1 },
    });
    expect(recommendation?.triggers).toEqual([
      { trigger: "error_rate", message: "error rate 12% > 5%" },
      expect.objectContaining({ trigger: "latency_regression" }),
    ]);
  });

  it("offers every other procedure's guidance as an alternative, with labels", () => {
    const rollback = buildRecommendation({ tree: SEED_DECISION_TREE, answers: answers(["severity", "critical"]), incident: noScenario });
    expect(rollback?.alternatives.map((alternative) => alternative.procedure)).toEqual(["feature_flag_disable", "investigate_first"]);
    expect(rollback?.alternatives[0]).toMatchObject({ label: "Disable the feature flag", when: expect.arrayContaining(["The problem is cosmetic (UI/UX)"]) });

    const scheduled = buildRecommendation({ tree: SEED_DECISION_TREE, answers: answers(["severity", "low"]), incident: noScenario });
    expect(scheduled?.procedureLabel).toBe("Schedule a fix");
    expect(scheduled?.alternatives.map((alternative) => alternative.procedure)).toEqual(["feature_flag_disable", "investigate_first", "full_rollback"]);
  });

  it("lists all guidance when there is no procedure to leave out", () => {
    expect(alternativesTo(undefined).map((alternative) => alternative.label)).toEqual(["Disable the feature flag", "Investigate before rolling back", "Full rollback"]);
  });
});
