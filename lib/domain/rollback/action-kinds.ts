/**
 * The kinds of step a rollback plan can hold. Each kind has its parameter
 * schema in `actions/<kind>.ts` and an executor on the server.
 */
export const ACTION_KINDS = ["sandbox", "http", "feature_flags", "kubernetes", "postgres", "git", "command", "maintenance", "notify", "manual"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  sandbox: "Sandbox fleet",
  http: "HTTP call",
  feature_flags: "Feature flags",
  kubernetes: "Kubernetes",
  postgres: "PostgreSQL",
  git: "Git",
  command: "Runbook script",
  maintenance: "Maintenance mode",
  notify: "Notify",
  manual: "Manual step",
};
