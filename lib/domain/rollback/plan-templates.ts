import type { PlanInputSource } from "./plan";

type ServiceRef = { slug: string; name: string };

/**
 * Built-in plans for a sandbox fleet service (the demo's real target), after
 * seed 000's "Immediate Full Rollback", seed 001's canary rollback and seed
 * 002's "Recovery After Failed Rollback".
 */
export function sandboxPlanTemplates(service: ServiceRef & { knownGoodVersion: string }): PlanInputSource[] {
  const maintenance = (enabled: boolean) => ({
    name: enabled ? "Turn maintenance mode on" : "Turn maintenance mode off",
    kind: "maintenance" as const,
    params: enabled ? { service: service.slug, enabled, message: "Emergency recovery in progress" } : { service: service.slug, enabled },
    timeoutSeconds: 30,
  });
  return [
    {
      type: "application",
      name: "Immediate rollback",
      description: "Seed 000, “Immediate Full Rollback (< 5 minutes)”: switch to the previous deployment, then revert the release's feature flags.",
      steps: [
        { name: "Switch to the previous deployment", kind: "sandbox", params: { service: service.slug, operation: "deploy", version: "previous" }, timeoutSeconds: 120, retry: { maxAttempts: 2, backoffSeconds: 3 } },
        { name: "Revert the release's feature flags", kind: "feature_flags", params: { operation: "turn_off_set", set: `${service.slug}-release` }, timeoutSeconds: 30 },
      ],
      verification: { windowSeconds: 20, checks: [{ kind: "health_endpoints", urls: [] }, { kind: "error_rate" }, { kind: "p95_baseline" }] },
    },
    {
      type: "partial",
      name: "Canary to zero",
      description: "Seed 001, “Canary Rollback”: send no traffic to the canary slot.",
      steps: [{ name: "Reset the canary weight to 0", kind: "sandbox", params: { service: service.slug, operation: "canary_weight", weight: 0 }, timeoutSeconds: 60 }],
      verification: { windowSeconds: 20, checks: [{ kind: "health_endpoints", urls: [] }, { kind: "error_rate" }] },
    },
    {
      type: "emergency_recovery",
      name: "Emergency recovery",
      description: "Seed 002, “Recovery After Failed Rollback”: maintenance mode, restore the known-good release, clear faults, extended validation.",
      steps: [
        maintenance(true),
        { name: `Deploy known-good ${service.knownGoodVersion}`, kind: "sandbox", params: { service: service.slug, operation: "deploy", version: service.knownGoodVersion }, timeoutSeconds: 120 },
        { name: "Clear injected faults", kind: "sandbox", params: { service: service.slug, operation: "clear_faults" }, timeoutSeconds: 30 },
        { name: "Extended validation", kind: "manual", params: { instructions: `Check ${service.name}'s critical flows by hand before opening it again` } },
        maintenance(false),
      ],
      verification: { windowSeconds: 20, checks: [] },
    },
  ];
}

/**
 * Starting points for any service, one per plan type, following the seeds.
 * They name secrets (`kubeconfig`, `database-url`, `chat-webhook`…) that an
 * admin creates under Settings → Secrets before the first run.
 */
export function genericPlanTemplates(service: ServiceRef): PlanInputSource[] {
  const notify = (text: string) => ({ name: "Notify the team", kind: "notify" as const, params: { channel: { kind: "chat_webhook", url: { secret: "chat-webhook" }, format: "slack" }, text }, timeoutSeconds: 30 });
  const kube = { kubeconfig: { secret: "kubeconfig" }, namespace: "default" };
  return [
    {
      type: "application",
      name: "Immediate full rollback",
      description: "Seed 000, “Immediate Full Rollback (< 5 minutes)”: previous deployment, release flags off, caches purged, team told.",
      steps: [
        { name: "Switch to the previous deployment", kind: "kubernetes", params: { ...kube, operation: "rollout_undo", deployment: service.slug }, timeoutSeconds: 600 },
        { name: "Revert the release's feature flags", kind: "feature_flags", params: { operation: "turn_off_set", set: `${service.slug}-release` }, timeoutSeconds: 30 },
        {
          name: "Purge the CDN cache",
          kind: "http",
          params: { method: "POST", url: "https://api.cloudflare.com/client/v4/zones/ZONE_ID/purge_cache", headers: { Authorization: { secret: "cloudflare-token" } }, body: { purge_everything: true } },
          timeoutSeconds: 60,
          retry: { maxAttempts: 3, backoffSeconds: 5 },
        },
        notify(`:rotating_light: {{incident.key}}: emergency rollback of ${service.name} by {{actor.name}} ({{run.reason}})`),
      ],
      verification: { windowSeconds: 120, checks: [{ kind: "health_endpoints", urls: [] }, { kind: "error_rate" }, { kind: "p95_baseline" }] },
    },
    {
      type: "partial",
      name: "Canary rollback",
      description: "Seed 001, “Canary Rollback”: canary weight to 0, then scale the canary down.",
      steps: [
        { name: "Canary weight to 0", kind: "kubernetes", params: { ...kube, operation: "istio_canary_to_zero", virtualService: service.slug, stableSubset: "stable", canarySubset: "canary" }, timeoutSeconds: 60 },
        { name: "Scale the canary down", kind: "kubernetes", params: { ...kube, operation: "scale", deployment: `${service.slug}-canary`, replicas: 0 }, timeoutSeconds: 300 },
      ],
      verification: { windowSeconds: 60, checks: [{ kind: "error_rate" }] },
    },
    {
      type: "feature_flag",
      name: "Feature flag rollback",
      description: "Seed 000, “Revert feature flags”: turn the release's flags off in one step.",
      steps: [
        { name: "Turn the release's flags off", kind: "feature_flags", params: { operation: "turn_off_set", set: `${service.slug}-release` }, timeoutSeconds: 30 },
        notify(`:rewind: {{incident.key}}: ${service.name}'s release flags are off ({{run.reason}})`),
      ],
      verification: { windowSeconds: 60, checks: [] },
    },
    {
      type: "database",
      name: "Data restoration",
      description: "Seed 002, “Data Restoration Rollback”: stop writes, take a safety dump, validate the backup, restore it.",
      steps: [
        { name: "Turn maintenance mode on", kind: "maintenance", params: { service: service.slug, enabled: true, message: "Restoring data" }, timeoutSeconds: 30 },
        { name: "Safety dump of the current database", kind: "postgres", params: { operation: "safety_dump", database: { secret: "database-url" }, directory: "/var/backups/rewind" }, timeoutSeconds: 1800 },
        { name: "Validate the backup", kind: "postgres", params: { operation: "validate_backup", database: { secret: "database-url" }, dumpFile: "/var/backups/last-good.dump" }, timeoutSeconds: 1800 },
        {
          name: "Restore the backup",
          kind: "postgres",
          params: { operation: "restore", database: { secret: "database-url" }, dumpFile: "/var/backups/last-good.dump", requireSafetyDump: true, safetyDumpDirectory: "/var/backups/rewind" },
          timeoutSeconds: 3600,
          destructive: true,
          requiresApproval: true,
          pointOfNoReturn: true,
          warning: "Rows written since the backup are replaced by the backup's. The safety dump is the way back.",
        },
        { name: "Turn maintenance mode off", kind: "maintenance", params: { service: service.slug, enabled: false }, timeoutSeconds: 30 },
      ],
      verification: { windowSeconds: 60, checks: [{ kind: "health_endpoints", urls: [] }, { kind: "error_rate" }] },
    },
    {
      type: "code",
      name: "Revert the release commit",
      description: "Seed 003: revert the bad commit after creating a backup tag, and push.",
      steps: [
        { name: "Revert the release commit", kind: "git", params: { operation: "revert", repository: `/srv/repos/${service.slug}`, commits: ["HEAD"], remote: "origin", push: true }, timeoutSeconds: 300 },
        notify(`{{incident.key}}: reverted ${service.name}'s release commit`),
      ],
      verification: { windowSeconds: 60, checks: [] },
    },
    {
      type: "configuration",
      name: "Configuration rollback",
      description: "Seed 001, “Environment Variables”: back up the current configuration, apply the previous one, restart.",
      steps: [
        { name: "Back up the current configuration", kind: "manual", params: { instructions: "Export the current configuration and attach it to the incident" } },
        { name: "Apply the previous configuration", kind: "manual", params: { instructions: "Apply the last known good configuration, then restart the service" }, pointOfNoReturn: false },
      ],
      verification: { windowSeconds: 60, checks: [{ kind: "health_endpoints", urls: [] }] },
    },
  ];
}
