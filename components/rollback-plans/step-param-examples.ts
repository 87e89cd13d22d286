import type { ActionKind } from "@/lib/domain/rollback/action-kinds";

/**
 * The params a new step of each kind starts with: valid for the kind's schema
 * (lib/domain/rollback/actions/<kind>.ts), so an admin edits a working
 * example instead of starting from a blank box. Secrets appear as
 * `{ "secret": "name" }` references, never as values.
 */
const STEP_PARAM_EXAMPLES: Record<ActionKind, Record<string, unknown>> = {
  sandbox: { service: "checkout-api", operation: "deploy", version: "previous" },
  http: {
    method: "POST",
    url: "https://flags.example.com/api/admin/projects/default/features/new-checkout/environments/production/off",
    headers: { Authorization: { secret: "unleash-admin-token" } },
    body: { reason: "Rollback of {{service.slug}}" },
    expectedStatus: [200, 202],
  },
  feature_flags: { operation: "turn_off_set", set: "checkout-v2" },
  kubernetes: { operation: "rollout_undo", kubeconfig: { secret: "prod-kubeconfig" }, namespace: "shop", deployment: "checkout-api" },
  postgres: { operation: "safety_dump", database: { secret: "checkout-database-url" }, directory: "/var/backups/rewind" },
  git: { operation: "revert", repository: "/srv/checkout-api", branch: "main", commits: ["HEAD"] },
  // A placeholder id: the editor offers the registered scripts to pick from.
  command: { scriptId: "00000000-0000-4000-8000-000000000000" },
  maintenance: { service: "checkout-api", enabled: true, message: "Checkout is back in a few minutes." },
  notify: {
    channel: { kind: "chat_webhook", url: { secret: "incident-chat-webhook" }, format: "slack", label: "#incidents" },
    text: "Rolling back {{service.name}}",
  },
  manual: { instructions: "Purge the CDN cache for checkout.example.com in the CDN console, then confirm." },
};

export function stepParamsExampleText(kind: ActionKind): string {
  return JSON.stringify(STEP_PARAM_EXAMPLES[kind], null, 2);
}

/** A new plan's checks: ones that need no settings, for any service with health sources. */
export const DEFAULT_VERIFICATION_CHECKS: Record<string, unknown>[] = [{ kind: "health_endpoints" }, { kind: "error_rate" }];

/** Every kind of check, for the hint under the checks box. */
export const VERIFICATION_CHECKS_EXAMPLE: Record<string, unknown>[] = [
  { kind: "health_endpoints", urls: ["https://checkout.example.com/healthz"] },
  { kind: "error_rate" },
  { kind: "p95_baseline" },
  { kind: "http", name: "Checkout page", method: "GET", url: "https://checkout.example.com/cart", expectedStatus: 200, bodyContains: "Checkout" },
  { kind: "sql_row_counts", database: { secret: "checkout-database-url" }, tables: ["orders", "payments"], tolerancePercent: 0 },
];
