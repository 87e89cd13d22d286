import "server-only";
import { planInputSchema, planUpdateSchema } from "@/lib/domain/rollback/plan";
import { runCommandSchema, runListQuerySchema, runLogsQuerySchema, startRunSchema } from "@/lib/domain/schemas/rollbacks";
import { createRunbookScriptSchema, updateRunbookScriptSchema } from "@/lib/domain/schemas/runbook-scripts";
import { createSecretSchema, updateSecretSchema } from "@/lib/domain/schemas/secrets";
import type { ApiOperation } from "./build-openapi-document";

/** Rollback plans and runs, and what their steps use: secrets and runbook scripts (docs/api.md). */
export const ROLLBACK_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/services/{serviceId}/rollback-plans", summary: "A service's rollback plans, each step with a plain description", permission: "services.read", success: { status: 200, description: "{ plans }" }, errors: [404] },
  { method: "post", path: "/services/{serviceId}/rollback-plans", summary: "Add a plan: ordered typed steps, each with params validated per kind, and verification checks", permission: "runbooks.manage", body: planInputSchema, success: { status: 201, description: "{ plan }" }, errors: [404, 409] },
  { method: "get", path: "/services/{serviceId}/rollback-plan-templates", summary: "Built-in plans after the seeds, filled in for the service, to start a new plan from", permission: "services.read", success: { status: 200, description: "{ templates }" }, errors: [404] },
  { method: "get", path: "/rollback-plans/{planId}", summary: "One rollback plan", permission: "services.read", success: { status: 200, description: "{ plan }" }, errors: [404] },
  { method: "put", path: "/rollback-plans/{planId}", summary: "Replace a plan (names the version it saw); runs already started keep their steps", permission: "runbooks.manage", body: planUpdateSchema, success: { status: 200, description: "{ plan }" }, errors: [404, 409] },
  { method: "delete", path: "/rollback-plans/{planId}", summary: "Archive a plan", permission: "runbooks.manage", success: { status: 200, description: "{ archived }" }, errors: [404] },
  { method: "post", path: "/rollback-plans/{planId}/preview", summary: "What each step would do, with the target's dry run where it has one; changes nothing", permission: "rollbacks.run", success: { status: 200, description: "{ preview }" }, errors: [404] },
  { method: "post", path: "/rollback-plans/{planId}/runs", summary: "Start the plan live (for an incident) or as a drill; 409 while another live run of the service is active unless overridden", permission: "rollbacks.run", body: startRunSchema, success: { status: 201, description: "{ run }" }, errors: [404, 409] },
  { method: "get", path: "/rollback-runs/{runId}", summary: "A run with every step's status, duration, result and error", permission: "incidents.read", success: { status: 200, description: "{ run }" }, errors: [404] },
  { method: "post", path: "/rollback-runs/{runId}/commands", summary: "Pause, resume, cancel, abort, confirm, approve, complete, retry or skip the current step, verify again, or start emergency recovery", permission: "rollbacks.run", body: runCommandSchema, success: { status: 200, description: "{ run }" }, errors: [404, 409] },
  { method: "get", path: "/rollback-runs/{runId}/logs", summary: "A run's log lines in order (after= continues from a line id)", permission: "incidents.read", query: runLogsQuerySchema, success: { status: 200, description: "{ lines }" }, errors: [404] },
  { method: "get", path: "/services/{serviceId}/rollback-runs", summary: "A service's latest rollbacks and drills", permission: "services.read", query: runListQuerySchema, success: { status: 200, description: "{ runs }" }, errors: [404] },
  { method: "get", path: "/incidents/{incidentRef}/rollback-runs", summary: "An incident's rollback runs, oldest first", permission: "incidents.read", success: { status: 200, description: "{ runs }" }, errors: [404] },
  { method: "get", path: "/secrets", summary: "Secrets by name; values are never returned", permission: "integrations.manage", success: { status: 200, description: "{ secrets }" } },
  { method: "post", path: "/secrets", summary: "Store a secret, encrypted at rest (AES-256-GCM)", permission: "integrations.manage", body: createSecretSchema, success: { status: 201, description: "{ secret }" }, errors: [409] },
  { method: "patch", path: "/secrets/{name}", summary: "Replace a secret's value or description (names the version it saw)", permission: "integrations.manage", body: updateSecretSchema, success: { status: 200, description: "{ secret }" }, errors: [404, 409] },
  { method: "delete", path: "/secrets/{name}", summary: "Delete a secret no plan uses", permission: "integrations.manage", success: { status: 200, description: "{ deleted }" }, errors: [404, 409] },
  { method: "get", path: "/runbook-scripts", summary: "Registered runbook scripts (argv arrays) that command steps may run", permission: "runbooks.manage", success: { status: 200, description: "{ scripts }" } },
  { method: "post", path: "/runbook-scripts", summary: "Register a script: argv, working directory, environment from secrets, timeout", permission: "runbooks.manage", body: createRunbookScriptSchema, success: { status: 201, description: "{ script }" }, errors: [409] },
  { method: "patch", path: "/runbook-scripts/{scriptId}", summary: "Change a registered script (names the version it saw)", permission: "runbooks.manage", body: updateRunbookScriptSchema, success: { status: 200, description: "{ script }" }, errors: [404, 409] },
  { method: "delete", path: "/runbook-scripts/{scriptId}", summary: "Delete a script no plan runs", permission: "runbooks.manage", success: { status: 200, description: "{ deleted }" }, errors: [404, 409] },
];
