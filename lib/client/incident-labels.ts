import { DECISION_MATRIX, type Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { IncidentStatus, Severity } from "@/lib/domain/incidents/lifecycle";
import { ESCALATION_PATH, type EscalationLevel } from "@/lib/domain/incidents/time-budget";
import type { Availability } from "@/lib/client/schemas/escalation-contacts";

export const SEVERITY_LABELS: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };

/** What each severity means, in the words of seed 000's tree; shown on the severity radio cards. */
export const SEVERITY_HINTS: Record<Severity, string> = {
  critical: "Security hole, data corruption, app down or users cannot sign in.",
  high: "Core functionality broken or performance > 50% worse.",
  medium: "A feature is broken.",
  low: "Cosmetic.",
};

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  declared: "Declared",
  investigating: "Investigating",
  mitigating: "Mitigating",
  monitoring: "Monitoring",
  resolved: "Resolved",
  closed: "Closed",
};

export function scenarioLabel(scenario: Scenario): string {
  return DECISION_MATRIX.find((row) => row.scenario === scenario)?.label ?? scenario;
}

export function escalationLevelLabel(level: EscalationLevel): string {
  return ESCALATION_PATH.find((step) => step.level === level)?.label ?? level;
}

export const AVAILABILITY_LABELS: Record<Availability, string> = {
  always: "24/7",
  business_hours: "Business hours",
  emergency_only: "Emergency only",
};

export const AVAILABILITY_OPTIONS = (Object.keys(AVAILABILITY_LABELS) as Availability[]).map((value) => ({ value, label: AVAILABILITY_LABELS[value] }));
