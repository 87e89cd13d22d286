/**
 * The post-mortem template: seed 001's "Lessons Learned Document" (Rollback
 * Post-Mortem), with seed 002's rollback report and seed 003's rollback log
 * entry folded in where they add what the lessons document lacks (the
 * trigger, the method, the verification). Bump the version when the sections
 * change: each post-mortem records the version it was drafted from.
 */
export const POST_MORTEM_TEMPLATE_VERSION = 1;

export const SECTION = {
  details: "Incident Details",
  rollbackLog: "Rollback Log",
  timeline: "Timeline",
  rootCause: "Root Cause Analysis",
  impact: "Impact Assessment",
  wentWell: "What Went Well",
  improve: "What Could Be Improved",
  actionItems: "Action Items",
  prevention: "Prevention Measures",
  documentation: "Documentation Updates",
} as const;

/** A prompt for the author: bracketed like the seed's placeholders, in italics so it stands out in the preview. */
export function placeholder(text: string): string {
  return `_[${text}]_`;
}

export const PLACEHOLDERS = {
  whatWentWrong: placeholder("What failed: the change, the component, the symptom users saw"),
  whyItWentWrong: placeholder("Why it failed and why it was not caught earlier: contributing factors, not people"),
  userImpact: placeholder("Who was affected and how"),
  businessImpact: placeholder("Orders, revenue, support tickets, commitments"),
  wentWell: [placeholder("Positive aspect 1"), placeholder("Positive aspect 2")],
  improve: [placeholder("Improvement area 1"), placeholder("Improvement area 2")],
  prevention: placeholder("Steps to prevent similar incidents"),
} as const;

export const ACTION_ITEMS_NOTE = "Action items are tracked in Rewind with an owner, a due date and a status until they are done; the export lists them in a table.";

export const DOCUMENTATION_UPDATES = ["Update rollback procedures", "Update monitoring alerts", "Update deployment checklist"] as const;
