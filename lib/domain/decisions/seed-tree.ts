import type { DecisionTree } from "./decision-tree";

/** The "Emergency Rollback Decision Tree" of seed 000, node for node. */
export const SEED_DECISION_TREE: DecisionTree = {
  name: "Emergency rollback decision tree",
  description: "From the HomeVerse rollback procedures: severity first, then whether a hotfix is possible and whether users are impacted.",
  startNodeId: "severity",
  nodes: [
    {
      kind: "question",
      id: "severity",
      prompt: "How severe is the issue?",
      help: "Critical: security hole, data corruption, app down or users cannot sign in. High: core functionality broken or performance > 50% worse. Medium: a feature is broken. Low: cosmetic.",
      answers: [
        { id: "critical", label: "Critical", next: "immediate-rollback", sets: { severity: "critical" } },
        { id: "high", label: "High", next: "can-hotfix", sets: { severity: "high" } },
        { id: "medium", label: "Medium", next: "users-impacted", sets: { severity: "medium" } },
        { id: "low", label: "Low", next: "schedule-fix", sets: { severity: "low" } },
      ],
    },
    {
      kind: "question",
      id: "can-hotfix",
      prompt: "Can we hotfix it?",
      help: "Only if the fix is small, understood, and can ship faster than a rollback.",
      answers: [
        { id: "yes", label: "Yes", next: "deploy-hotfix" },
        { id: "no", label: "No", next: "full-rollback" },
      ],
    },
    {
      kind: "question",
      id: "users-impacted",
      prompt: "Are users impacted?",
      answers: [
        { id: "yes", label: "Yes", next: "can-hotfix" },
        { id: "no", label: "No", next: "schedule-fix" },
      ],
    },
    {
      kind: "outcome",
      id: "immediate-rollback",
      title: "Immediate full rollback",
      procedure: "full_rollback",
      urgency: "immediate",
      summary: "Roll back to the last known good release now, then verify the system is stable.",
      followUp: "Verify system stable",
    },
    {
      kind: "outcome",
      id: "full-rollback",
      title: "Execute full rollback",
      procedure: "full_rollback",
      urgency: "planned",
      summary: "A hotfix is not an option: roll back to the last known good release, then verify the system is stable.",
      followUp: "Verify system stable",
    },
    {
      kind: "outcome",
      id: "deploy-hotfix",
      title: "Deploy hotfix",
      procedure: "hotfix_and_monitor",
      summary: "Ship the fix forward and watch error rate and latency closely; roll back if it does not hold.",
      followUp: "Monitor closely",
    },
    {
      kind: "outcome",
      id: "schedule-fix",
      title: "Schedule fix",
      procedure: "scheduled_fix",
      summary: "No rollback: plan a fix for the next release.",
    },
  ],
};
