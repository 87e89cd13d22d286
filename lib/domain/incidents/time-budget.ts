import { budgetMinutesFor } from "../decisions/decision-matrix";
import type { Severity } from "./lifecycle";

export type BudgetState = { budgetMinutes: number | null; elapsedSeconds: number; remainingSeconds: number | null; exceeded: boolean };

/** Elapsed time since detection against the matrix's budget for the severity. */
export function budgetState(severity: Severity, detectedAt: Date, now: Date, stoppedAt?: Date | null): BudgetState {
  const budgetMinutes = budgetMinutesFor(severity);
  const end = stoppedAt ?? now;
  const elapsedSeconds = Math.max(0, Math.floor((end.getTime() - detectedAt.getTime()) / 1000));
  if (budgetMinutes === null) return { budgetMinutes, elapsedSeconds, remainingSeconds: null, exceeded: false };
  const remainingSeconds = budgetMinutes * 60 - elapsedSeconds;
  return { budgetMinutes, elapsedSeconds, remainingSeconds, exceeded: remainingSeconds < 0 };
}

export const ESCALATION_LEVELS = ["team_lead", "engineering_manager", "cto", "ceo"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Seed 004's escalation path. */
export const ESCALATION_PATH: readonly { level: EscalationLevel; label: string; fromMinute: number; criticalOnly: boolean }[] = [
  { level: "team_lead", label: "Team lead", fromMinute: 0, criticalOnly: false },
  { level: "engineering_manager", label: "Engineering manager", fromMinute: 15, criticalOnly: false },
  { level: "cto", label: "CTO", fromMinute: 30, criticalOnly: false },
  { level: "ceo", label: "CEO", fromMinute: 60, criticalOnly: true },
];

export type EscalationState = {
  /** Levels that should be engaged by now, in order. */
  engaged: EscalationLevel[];
  /** The next level and when it is due, or null when none is left. */
  next: { level: EscalationLevel; inSeconds: number } | null;
};

export function escalationState(severity: Severity, elapsedSeconds: number): EscalationState {
  const path = ESCALATION_PATH.filter((step) => !step.criticalOnly || severity === "critical");
  const engaged = path.filter((step) => elapsedSeconds >= step.fromMinute * 60).map((step) => step.level);
  const upcoming = path.find((step) => elapsedSeconds < step.fromMinute * 60);
  return { engaged, next: upcoming ? { level: upcoming.level, inSeconds: upcoming.fromMinute * 60 - elapsedSeconds } : null };
}
