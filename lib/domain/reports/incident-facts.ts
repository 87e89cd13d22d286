import type { Scenario } from "../decisions/decision-matrix";
import { matrixRowFor } from "../decisions/decision-matrix";
import type { IncidentStatus, Severity } from "../incidents/lifecycle";
import type { PlanType } from "../rollback/plan";
import type { RunStatus } from "../rollback/run-state";
import { mitigationOfPlanType, type MitigationKind } from "./mitigation";

export type VerificationOutcome = "not_started" | "running" | "passed" | "failed" | "skipped";

/** A live rollback run as the reports see it. */
export type LiveRunFacts = { planType: PlanType; status: RunStatus; verificationStatus: VerificationOutcome; startedAt: Date };

/** What the reports need to know about one incident: plain values, loaded by SQL or built by a test. */
export type IncidentFacts = {
  key: string;
  title: string;
  severity: Severity;
  scenario: Scenario | null;
  status: IncidentStatus;
  private: boolean;
  services: string[];
  detectedAt: Date;
  decidedAt: Date | null;
  restoredAt: Date | null;
  resolvedAt: Date | null;
  mitigation: MitigationKind | null;
  liveRuns: LiveRunFacts[];
};

export const CLOCKS = ["timeToDecision", "timeToRollback", "timeToVerified", "mttr"] as const;
export type ClockName = (typeof CLOCKS)[number];

export const CLOCK_LABELS: Record<ClockName, string> = {
  timeToDecision: "Time to decision",
  timeToRollback: "Time to rollback",
  timeToVerified: "Time to verified",
  mttr: "MTTR",
};

/** The matrix budget covers "the rollback decision and action": these two clocks are judged against it. */
export const BUDGETED_CLOCKS: readonly ClockName[] = ["timeToDecision", "timeToRollback"];

export type IncidentClocks = Record<ClockName, number | null>;

/**
 * Every clock starts at detection (when the problem started, which the
 * matrix's budgets count from) and stops at its event: the decision, the
 * first live rollback run, the first passed verification (restoredAt), the
 * resolution. Null when the event has not happened. Seconds, never negative.
 */
export function incidentClocks(facts: IncidentFacts): IncidentClocks {
  return {
    timeToDecision: secondsSince(facts.detectedAt, facts.decidedAt),
    timeToRollback: secondsSince(facts.detectedAt, firstLiveRun(facts)?.startedAt ?? null),
    timeToVerified: secondsSince(facts.detectedAt, facts.restoredAt),
    mttr: secondsSince(facts.detectedAt, facts.resolvedAt),
  };
}

function secondsSince(start: Date, stop: Date | null): number | null {
  return stop === null ? null : Math.max(0, (stop.getTime() - start.getTime()) / 1000);
}

export function firstLiveRun(facts: Pick<IncidentFacts, "liveRuns">): LiveRunFacts | null {
  return [...facts.liveRuns].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())[0] ?? null;
}

/** The matrix's budget for the incident: its scenario's row when known, else its severity's. Null: no budget ("next release"). */
export function budgetSecondsFor(facts: Pick<IncidentFacts, "scenario" | "severity">): number | null {
  const minutes = matrixRowFor({ scenario: facts.scenario, severity: facts.severity })?.budgetMinutes ?? null;
  return minutes === null ? null : minutes * 60;
}

/** Within budget: stopped at or before the budget. Null when the clock did not stop or there is no budget. */
export function withinBudget(seconds: number | null, budgetSeconds: number | null): boolean | null {
  return seconds === null || budgetSeconds === null ? null : seconds <= budgetSeconds;
}

/** The commander's choice, else what the first live run's plan stands for; null when nothing was run or named. */
export function mitigationOf(facts: Pick<IncidentFacts, "mitigation" | "liveRuns">): MitigationKind | null {
  if (facts.mitigation) return facts.mitigation;
  const first = firstLiveRun(facts);
  return first ? mitigationOfPlanType(first.planType) : null;
}

/**
 * Succeeded: the first live run finished successfully and its verification
 * did not fail; an incident mitigated without a run in Rewind succeeded when
 * service was restored.
 */
export function mitigationSucceeded(facts: Pick<IncidentFacts, "liveRuns" | "restoredAt">): boolean {
  const first = firstLiveRun(facts);
  if (!first) return facts.restoredAt !== null;
  return first.status === "succeeded" && first.verificationStatus !== "failed";
}

/** A re-rollback: the incident needed more than one live run (a failed run re-run, or a fix that did not hold). */
export function isReRollback(facts: Pick<IncidentFacts, "liveRuns">): boolean {
  return facts.liveRuns.length > 1;
}
