import type { Severity } from "../incidents/lifecycle";
import type { Procedure } from "./decision-tree";

export const SCENARIOS = ["security_vulnerability", "data_corruption", "performance_degradation", "feature_breaking_bug", "minor_ui_issue"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type MatrixRow = {
  scenario: Scenario;
  label: string;
  severity: Severity;
  /** Minutes to the rollback decision and action; null when the answer is "next release". */
  budgetMinutes: number | null;
  budgetLabel: string;
  decisionMaker: string;
  procedureLabel: string;
  procedure: Procedure;
  /** The security scenario starts private: its details must not spread. */
  privateByDefault: boolean;
};

/** The "Rollback Decision Matrix" of seed 001, row for row. */
export const DECISION_MATRIX: readonly MatrixRow[] = [
  { scenario: "security_vulnerability", label: "Critical security vulnerability", severity: "critical", budgetMinutes: 5, budgetLabel: "Immediate", decisionMaker: "On-call engineer", procedureLabel: "Emergency rollback", procedure: "full_rollback", privateByDefault: true },
  { scenario: "data_corruption", label: "Data corruption", severity: "critical", budgetMinutes: 5, budgetLabel: "< 5 minutes", decisionMaker: "Engineering lead", procedureLabel: "Database rollback", procedure: "full_rollback", privateByDefault: false },
  { scenario: "performance_degradation", label: "Performance degradation > 50%", severity: "high", budgetMinutes: 15, budgetLabel: "< 15 minutes", decisionMaker: "DevOps lead", procedureLabel: "Application rollback", procedure: "full_rollback", privateByDefault: false },
  { scenario: "feature_breaking_bug", label: "Feature-breaking bug", severity: "medium", budgetMinutes: 30, budgetLabel: "< 30 minutes", decisionMaker: "Product manager", procedureLabel: "Staged rollback", procedure: "full_rollback", privateByDefault: false },
  { scenario: "minor_ui_issue", label: "Minor UI issue", severity: "low", budgetMinutes: null, budgetLabel: "Next release", decisionMaker: "Engineering team", procedureLabel: "Forward fix", procedure: "scheduled_fix", privateByDefault: false },
];

/** The row for the incident's scenario when known, else the first row of its severity. */
export function matrixRowFor(options: { scenario?: Scenario | null; severity?: Severity | null }): MatrixRow | null {
  if (options.scenario) return DECISION_MATRIX.find((row) => row.scenario === options.scenario) ?? null;
  if (options.severity) return DECISION_MATRIX.find((row) => row.severity === options.severity) ?? null;
  return null;
}

/** The time budget of a severity, as the matrix states it (critical: immediate, < 5 min). */
export function budgetMinutesFor(severity: Severity): number | null {
  return DECISION_MATRIX.find((row) => row.severity === severity)?.budgetMinutes ?? null;
}

/**
 * Seeds 002 and 003: when a lighter procedure fits better than the tree's
 * answer. Shown as alternatives on the recommendation screen.
 */
export const ALTERNATIVE_GUIDANCE: readonly { procedure: Procedure; when: string[] }[] = [
  {
    procedure: "feature_flag_disable",
    when: ["The feature is not working as expected but is behind a flag", "Performance impact is minor (< 25% degradation)", "The problem is cosmetic (UI/UX)", "Few users are affected (specific edge cases)"],
  },
  {
    procedure: "investigate_first",
    when: ["Only a single user reports it (may be user-specific)", "Minor UI inconsistencies (may be browser-specific)", "Performance questions (may be infrastructure)"],
  },
  { procedure: "full_rollback", when: ["The app will not start", "Users cannot authenticate", "Data corruption is detected", "A security vulnerability was introduced", "Performance is > 50% worse than baseline"] },
];
