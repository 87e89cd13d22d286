import { describe, expect, it } from "vitest";
import { budgetSecondsFor, incidentClocks, isReRollback, mitigationOf, mitigationSucceeded, withinBudget } from "./incident-facts";
import { incidentRow, INCIDENT_ROW_HEADER } from "./incident-rows";
import { FIXTURE_INCIDENTS } from "./report-fixtures";

const [A, B, C, D, E, F] = FIXTURE_INCIDENTS as [(typeof FIXTURE_INCIDENTS)[number], ...(typeof FIXTURE_INCIDENTS)[number][]];

describe("one incident's clocks", () => {
  it("start at detection and stop at decision, first live run, restoredAt and resolvedAt", () => {
    expect(incidentClocks(A)).toEqual({ timeToDecision: 120, timeToRollback: 240, timeToVerified: 600, mttr: 3600 });
    expect(incidentClocks(B!).timeToRollback).toBe(1200);
  });

  it("do not stop for a never-rolled-back or still-open incident", () => {
    expect(incidentClocks(D!)).toEqual({ timeToDecision: null, timeToRollback: null, timeToVerified: 43_200, mttr: 86_400 });
    expect(incidentClocks(E!)).toEqual({ timeToDecision: 400, timeToRollback: null, timeToVerified: null, mttr: null });
  });

  it("never go negative when an event is stamped before detection", () => {
    expect(incidentClocks({ ...A, decidedAt: new Date(A.detectedAt.getTime() - 5000) }).timeToDecision).toBe(0);
  });

  it("take the scenario's budget, else the severity's, none for minor UI issues", () => {
    expect(budgetSecondsFor(A)).toBe(300);
    expect(budgetSecondsFor(C!)).toBe(1800);
    expect(budgetSecondsFor(D!)).toBeNull();
    expect(withinBudget(300, 300)).toBe(true);
    expect(withinBudget(301, 300)).toBe(false);
    expect(withinBudget(null, 300)).toBeNull();
  });

  it("name the mitigation, judge success on the first live run and spot re-rollbacks", () => {
    expect([A, B, C, D, E, F].map((facts) => mitigationOf(facts!))).toEqual(["rollback", "rollback", "feature_flag", "hotfix", null, "hotfix"]);
    expect([A, B, C, D, F].map((facts) => mitigationSucceeded(facts!))).toEqual([true, false, true, true, false]);
    expect([A, B, F].map((facts) => isReRollback(facts!))).toEqual([false, true, true]);
  });

  it("become one CSV row per incident, empty where a clock did not stop", () => {
    const row = incidentRow(E!);
    expect(row).toHaveLength(INCIDENT_ROW_HEADER.length);
    const cell = (name: (typeof INCIDENT_ROW_HEADER)[number]) => row[INCIDENT_ROW_HEADER.indexOf(name)];
    expect(cell("time_to_decision_s")).toBe(400);
    expect(cell("time_to_rollback_s")).toBeNull();
    expect(cell("mttr_s")).toBeNull();
    expect(cell("decision_within_budget")).toBe(false);
    expect(cell("mitigation")).toBeNull();
    expect(cell("mitigation_succeeded")).toBeNull();
  });
});
