/**
 * The seeds' communication templates with their wording (seed 001's rollback
 * communication template, seed 003's internal communication and rollback log
 * entry). Bracketed text such as "[Number or percentage]" is left, as in the
 * seeds, for the person sending to fill in; `{{name}}` is an incident variable.
 */

export const COMMUNICATION_TEMPLATE_KEYS = ["resolved", "urgent", "rollback_log"] as const;
export type CommunicationTemplateKey = (typeof COMMUNICATION_TEMPLATE_KEYS)[number];

export type CommunicationTemplate = {
  key: CommunicationTemplateKey;
  name: string;
  audience: "external" | "internal" | "log";
  description: string;
  /** Null for messages without one (the log entry); chat channels send it as the first line. */
  subject: string | null;
  body: string;
};

const RESOLVED_BODY = `### Summary
We have successfully completed a rollback of {{incident.services}} to address {{incident.summary}}. The service has been restored to the previous stable version and is now fully operational.

### Timeline
- **Issue Detected**: {{incident.detected_at}}
- **Rollback Initiated**: {{rollback.started_at}}
- **Service Restored**: {{incident.restored_at}}
- **Total Downtime**: {{incident.downtime}}

### Impact
- **Affected Services**: {{incident.services}}
- **Affected Users**: [Number or percentage]
- **Data Impact**: [Any data implications]

### Root Cause
{{rollback.reason}}

### Actions Taken
1. Rolled back {{incident.services}} from {{rollback.from_version}} to {{rollback.to_version}} ({{rollback.method}})
2. Verified the recovery: {{verification.pass_rate}} of the verification checks passed
3. [Action 3]

### Next Steps
- [ ] Root cause analysis scheduled for [DATE/TIME]
- [ ] Fix implementation planned for [DATE]
- [ ] Additional monitoring implemented

### Contact
For questions or concerns, please contact:
- Incident commander: {{incident.commander}}

We apologize for any inconvenience and appreciate your patience.`;

const URGENT_BODY = `ISSUE: {{incident.title}}
IMPACT: {{incident.severity}} severity incident affecting {{incident.services}}
ACTION: Rolled back {{incident.services}} from {{rollback.from_version}} to {{rollback.to_version}} ({{rollback.method}})
STATUS: {{incident.status}}
NEXT STEPS: Next update by {{next_update_at}}

Time: {{now}}
Duration: {{incident.duration}}
Affected Users: [Estimate]`;

const ROLLBACK_LOG_BODY = `[{{rollback.started_at}}] ROLLBACK INITIATED
Feature: {{incident.services}}
Trigger: {{rollback.reason}}
Method: {{rollback.method}}
Duration: {{rollback.duration}}
Verification: {{rollback.verification}}`;

export const COMMUNICATION_TEMPLATES: readonly CommunicationTemplate[] = [
  {
    key: "resolved",
    name: "[RESOLVED] rollback completed",
    audience: "external",
    description: "For customers and the status page, once service is restored: what happened, the timeline, the impact and what comes next.",
    subject: "[RESOLVED] {{incident.services}} rollback completed",
    body: RESOLVED_BODY,
  },
  {
    key: "urgent",
    name: "[URGENT] rollback",
    audience: "internal",
    description: "For the team and stakeholders while the rollback is under way: issue, impact, action, status and next steps.",
    subject: "[URGENT] {{incident.services}} rollback - {{incident.title}}",
    body: URGENT_BODY,
  },
  {
    key: "rollback_log",
    name: "Rollback log entry",
    audience: "log",
    description: "One entry for the rollback log: when, why, how, how long, and whether verification passed.",
    subject: null,
    body: ROLLBACK_LOG_BODY,
  },
];

export function findCommunicationTemplate(key: string): CommunicationTemplate | null {
  return COMMUNICATION_TEMPLATES.find((template) => template.key === key) ?? null;
}
