import { budgetSecondsFor, incidentClocks, isReRollback, mitigationOf, mitigationSucceeded, withinBudget, type IncidentFacts } from "./incident-facts";
import type { CsvValue } from "./csv";
import { roundSeconds } from "./percentiles";

export const INCIDENT_ROW_HEADER = [
  "key",
  "title",
  "severity",
  "scenario",
  "status",
  "private",
  "services",
  "detected_at",
  "decided_at",
  "restored_at",
  "resolved_at",
  "time_to_decision_s",
  "time_to_rollback_s",
  "time_to_verified_s",
  "mttr_s",
  "budget_s",
  "decision_within_budget",
  "rollback_within_budget",
  "mitigation",
  "live_runs",
  "mitigation_succeeded",
  "re_rollback",
] as const;

/** One incident as a CSV row; empty cells are clocks that did not stop (never rolled back, still open). */
export function incidentRow(facts: IncidentFacts): CsvValue[] {
  const clocks = incidentClocks(facts);
  const budget = budgetSecondsFor(facts);
  const mitigation = mitigationOf(facts);
  return [
    facts.key,
    facts.title,
    facts.severity,
    facts.scenario,
    facts.status,
    facts.private,
    facts.services.join("; "),
    facts.detectedAt.toISOString(),
    facts.decidedAt?.toISOString() ?? null,
    facts.restoredAt?.toISOString() ?? null,
    facts.resolvedAt?.toISOString() ?? null,
    roundSeconds(clocks.timeToDecision),
    roundSeconds(clocks.timeToRollback),
    roundSeconds(clocks.timeToVerified),
    roundSeconds(clocks.mttr),
    budget,
    withinBudget(clocks.timeToDecision, budget),
    withinBudget(clocks.timeToRollback, budget),
    mitigation,
    facts.liveRuns.length,
    mitigation === null ? null : mitigationSucceeded(facts),
    isReRollback(facts),
  ];
}
