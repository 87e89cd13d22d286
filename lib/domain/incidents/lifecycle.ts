/**
 * The incident status lifecycle: declared → investigating → mitigating →
 * monitoring → resolved → closed, with the shortcuts and step-backs real
 * incidents need (a critical issue goes straight to mitigation; a fix that
 * does not hold sends monitoring back to mitigating; a resolved incident can
 * be reopened). Closed is final.
 */
export const INCIDENT_STATUSES = ["declared", "investigating", "mitigating", "monitoring", "resolved", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

const ALLOWED_NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  declared: ["investigating", "mitigating", "resolved"],
  investigating: ["mitigating", "resolved"],
  mitigating: ["monitoring", "investigating", "resolved"],
  monitoring: ["resolved", "mitigating"],
  resolved: ["closed", "investigating"],
  closed: [],
};

export function allowedNextStatuses(status: IncidentStatus): readonly IncidentStatus[] {
  return ALLOWED_NEXT[status];
}

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED_NEXT[from].includes(to);
}

/** Milestones an incident records; each is set the first time it is reached and never moved. */
export type IncidentMilestone = "mitigationStartedAt" | "mitigatedAt" | "resolvedAt" | "closedAt";

const MILESTONE_ON_ENTRY: Partial<Record<IncidentStatus, IncidentMilestone>> = {
  mitigating: "mitigationStartedAt",
  monitoring: "mitigatedAt",
  resolved: "resolvedAt",
  closed: "closedAt",
};

/** The milestone to stamp when entering `to`, unless it was already reached. */
export function milestoneFor(to: IncidentStatus, reached: Partial<Record<IncidentMilestone, Date | null>>): IncidentMilestone | null {
  const milestone = MILESTONE_ON_ENTRY[to];
  if (!milestone || reached[milestone]) return null;
  return milestone;
}

export function isOpen(status: IncidentStatus): boolean {
  return status !== "resolved" && status !== "closed";
}
