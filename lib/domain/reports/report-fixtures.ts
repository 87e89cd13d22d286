import type { ActionItemFacts, ChecklistItemFacts, DrillFacts, ReportFacts } from "./build-report";
import type { IncidentFacts, LiveRunFacts } from "./incident-facts";
import { bucketUnitFor } from "./report-range";

/**
 * Hand-computed fixtures for the report figures (the expected numbers are
 * worked out in build-report.test.ts). Shared by the unit tests and the
 * integration test that loads the same facts into Postgres.
 */
const at = (iso: string, plusSeconds = 0) => new Date(Date.parse(iso) + plusSeconds * 1000);

function run(planType: LiveRunFacts["planType"], status: LiveRunFacts["status"], verificationStatus: LiveRunFacts["verificationStatus"], startedAt: Date): LiveRunFacts {
  return { planType, status, verificationStatus, startedAt };
}

const A = "2026-01-05T10:00:00Z";
const B = "2026-01-07T12:00:00Z";
const C = "2026-01-14T09:00:00Z";
const D = "2026-02-02T08:00:00Z";
const E = "2026-02-03T00:00:00Z";
const F = "2026-02-20T00:00:00Z";

export const FIXTURE_INCIDENTS: readonly IncidentFacts[] = [
  // Rolled back once, verified, within budget on both budgeted clocks.
  { key: "A", title: "Checkout writes corrupt rows", severity: "critical", scenario: "data_corruption", status: "resolved", private: false, services: ["checkout-api"], detectedAt: at(A), decidedAt: at(A, 120), restoredAt: at(A, 600), resolvedAt: at(A, 3600), mitigation: null, liveRuns: [run("application", "succeeded", "passed", at(A, 240))] },
  // The first run failed; emergency recovery ran second: a re-rollback, not a success.
  { key: "B", title: "Storefront p95 doubled", severity: "high", scenario: "performance_degradation", status: "resolved", private: false, services: ["storefront"], detectedAt: at(B), decidedAt: at(B, 600), restoredAt: at(B, 2400), resolvedAt: at(B, 7200), mitigation: null, liveRuns: [run("application", "failed", "not_started", at(B, 1200)), run("emergency_recovery", "succeeded", "passed", at(B, 1800))] },
  // Still open (monitoring): no MTTR. A flag plan.
  { key: "C", title: "=HYPERLINK(\"http://evil\")", severity: "medium", scenario: null, status: "monitoring", private: false, services: ["checkout-api", "storefront"], detectedAt: at(C), decidedAt: at(C, 900), restoredAt: at(C, 1500), resolvedAt: null, mitigation: null, liveRuns: [run("feature_flag", "succeeded", "passed", at(C, 1000))] },
  // Never rolled back, never decided; a hotfix named by the commander, restored outside Rewind. No budget (minor UI).
  { key: "D", title: "Button, misaligned", severity: "low", scenario: "minor_ui_issue", status: "resolved", private: false, services: ["storefront"], detectedAt: at(D), decidedAt: null, restoredAt: at(D, 43_200), resolvedAt: at(D, 86_400), mitigation: "hotfix", liveRuns: [] },
  // Private and open, decided over budget, nothing run.
  { key: "E", title: "Token leak", severity: "critical", scenario: "security_vulnerability", status: "investigating", private: true, services: ["payments-worker"], detectedAt: at(E), decidedAt: at(E, 400), restoredAt: null, resolvedAt: null, mitigation: null, liveRuns: [] },
  // A code plan whose first verification failed, run again: a hotfix re-rollback.
  { key: "F", title: "Payments retry storm", severity: "high", scenario: null, status: "closed", private: false, services: ["payments-worker"], detectedAt: at(F), decidedAt: at(F, 300), restoredAt: at(F, 3600), resolvedAt: at(F, 5000), mitigation: null, liveRuns: [run("code", "succeeded", "failed", at(F, 600)), run("code", "succeeded", "passed", at(F, 3000))] },
];

export const FIXTURE_DRILLS: readonly DrillFacts[] = [
  { status: "succeeded", startedAt: at("2026-01-10T10:00:00Z"), finishedAt: at("2026-01-10T10:00:00Z", 300) },
  { status: "failed", startedAt: at("2026-01-20T10:00:00Z"), finishedAt: at("2026-01-20T10:00:00Z", 120) },
  { status: "succeeded", startedAt: at("2026-02-10T10:00:00Z"), finishedAt: at("2026-02-10T10:00:00Z", 600) },
  { status: "running", startedAt: at("2026-02-27T10:00:00Z"), finishedAt: null },
];

export const FIXTURE_NOW = at("2026-03-10T00:00:00Z");

/** Action items of incident A's post-mortem. */
export const FIXTURE_ACTION_ITEMS: readonly ActionItemFacts[] = [
  { status: "open", dueAt: at("2026-03-01T00:00:00Z") },
  { status: "in_progress", dueAt: at("2026-04-01T00:00:00Z") },
  { status: "done", dueAt: at("2026-02-01T00:00:00Z") },
  { status: "wont_do", dueAt: at("2026-02-01T00:00:00Z") },
  { status: "open", dueAt: null },
];

/** Checklist items of incident B. */
export const FIXTURE_CHECKLIST_ITEMS: readonly ChecklistItemFacts[] = [
  { dueAt: at("2026-03-01T00:00:00Z"), doneAt: null, notApplicable: false },
  { dueAt: at("2026-03-20T00:00:00Z"), doneAt: null, notApplicable: false },
  { dueAt: at("2026-03-01T00:00:00Z"), doneAt: at("2026-02-28T00:00:00Z"), notApplicable: false },
  { dueAt: at("2026-03-01T00:00:00Z"), doneAt: null, notApplicable: true },
  { dueAt: null, doneAt: null, notApplicable: false },
];

const from = at("2026-01-01T00:00:00Z");
const to = at("2026-03-01T00:00:00Z");

export const FIXTURE_FACTS: ReportFacts = {
  range: { from, to, bucket: bucketUnitFor(from, to) },
  now: FIXTURE_NOW,
  incidents: FIXTURE_INCIDENTS,
  drills: FIXTURE_DRILLS,
  actionItems: FIXTURE_ACTION_ITEMS,
  checklistItems: FIXTURE_CHECKLIST_ITEMS,
};
