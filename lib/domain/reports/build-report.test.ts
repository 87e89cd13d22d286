import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { FIXTURE_FACTS } from "./report-fixtures";

/** Every expected number below is worked out by hand from report-fixtures.ts. */
describe("buildReport over the hand-computed fixtures", () => {
  const report = buildReport(FIXTURE_FACTS);

  it("counts incidents, open ones (monitoring, investigating) and resolved ones", () => {
    expect(report.totals).toEqual({ incidents: 6, open: 2, resolved: 4 });
  });

  it("time to decision: p50 and p90 of 120, 300, 400, 600, 900 s; 4 of 5 within budget (E took 400 s of 300); D never decided", () => {
    expect(report.clocks.timeToDecision).toEqual({ measured: 5, notReached: 1, p50: 400, p90: 780, budgeted: 5, withinBudget: 4, shareWithinBudget: 0.8 });
  });

  it("time to rollback: only the 4 incidents rolled back count (first live run); D and E were never rolled back", () => {
    // 240, 600, 1000, 1200: p50 at rank 1.5 = 800, p90 at rank 2.7 = 1000 + 0.7 * 200. B's 1200 s is over its 900 s budget.
    expect(report.clocks.timeToRollback).toEqual({ measured: 4, notReached: 2, p50: 800, p90: 1140, budgeted: 4, withinBudget: 3, shareWithinBudget: 0.75 });
  });

  it("time to verified: restoredAt; not judged against the budget", () => {
    // 600, 1500, 2400, 3600, 43200: p90 at rank 3.6 = 3600 + 0.6 * 39600.
    expect(report.clocks.timeToVerified).toEqual({ measured: 5, notReached: 1, p50: 2400, p90: 27_360, budgeted: 0, withinBudget: 0, shareWithinBudget: null });
  });

  it("MTTR: open incidents (C, E) have none and are counted as not reached", () => {
    // 3600, 5000, 7200, 86400: p50 at rank 1.5 = 6100, p90 at rank 2.7 = 7200 + 0.7 * 79200.
    expect(report.clocks.mttr).toEqual({ measured: 4, notReached: 2, p50: 6100, p90: 62_640, budgeted: 0, withinBudget: 0, shareWithinBudget: null });
  });

  it("buckets a two-month range by week (Mondays, UTC), empty weeks included, with counts by severity and per-week percentiles", () => {
    expect(report.range.bucket).toBe("week");
    expect(report.overTime.map((bucket) => bucket.start.slice(0, 10))).toEqual(["2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"]);
    expect(report.overTime.map((bucket) => bucket.total)).toEqual([0, 2, 1, 0, 0, 2, 0, 1, 0]);
    const firstWeek = report.overTime[1];
    expect(firstWeek?.counts).toEqual({ critical: 1, high: 1, medium: 0, low: 0 });
    expect(firstWeek?.clocks.timeToDecision).toEqual({ p50: 360, p90: 552 });
    expect(firstWeek?.clocks.timeToRollback).toEqual({ p50: 720, p90: 1104 });
    expect(report.overTime[5]?.counts).toEqual({ critical: 1, high: 0, medium: 0, low: 1 });
    expect(report.overTime[5]?.clocks.timeToRollback).toEqual({ p50: null, p90: null });
  });

  it("success against re-rollbacks by mitigation: named kinds first, else the first live run's plan type; E (nothing run) is left out", () => {
    expect(report.mitigations).toEqual([
      { kind: "rollback", incidents: 2, succeeded: 1, reRollbacks: 1, successRate: 0.5 },
      { kind: "hotfix", incidents: 2, succeeded: 1, reRollbacks: 1, successRate: 0.5 },
      { kind: "feature_flag", incidents: 1, succeeded: 1, reRollbacks: 0, successRate: 1 },
    ]);
  });

  it("drills: all four count, durations of the three finished (120, 300, 600 s)", () => {
    expect(report.drills).toEqual({ count: 4, finished: 3, succeeded: 2, p50: 300, p90: 540 });
  });

  it("action items: open and in progress are open; overdue when due before now", () => {
    expect(report.actionItems).toEqual({ open: 3, overdue: 1 });
  });

  it("checklist items: only items with a due time, neither done nor not applicable", () => {
    expect(report.checklistItems).toEqual({ open: 2, overdue: 1 });
  });

  it("an empty report has no percentiles rather than zeros", () => {
    const empty = buildReport({ ...FIXTURE_FACTS, incidents: [], drills: [], actionItems: [], checklistItems: [] });
    expect(empty.clocks.mttr).toEqual({ measured: 0, notReached: 0, p50: null, p90: null, budgeted: 0, withinBudget: 0, shareWithinBudget: null });
    expect(empty.mitigations).toEqual([]);
    expect(empty.drills).toEqual({ count: 0, finished: 0, succeeded: 0, p50: null, p90: null });
  });
});
