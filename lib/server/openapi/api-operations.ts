import "server-only";
import { changePasswordSchema } from "@/lib/domain/schemas/account";
import { createApiTokenSchema } from "@/lib/domain/schemas/api-tokens";
import { listAuditEventsQuerySchema } from "@/lib/domain/schemas/audit-events";
import { createUserSchema, updateUserSchema } from "@/lib/domain/schemas/users";
import { ALERT_OPERATIONS } from "./alert-operations";
import type { ApiOperation } from "./build-openapi-document";
import { CHECKLIST_OPERATIONS } from "./checklist-operations";
import { COMMUNICATION_OPERATIONS } from "./communication-operations";
import { DECISION_OPERATIONS } from "./decision-operations";
import { FLAG_OPERATIONS } from "./flag-operations";
import { ROLLBACK_OPERATIONS } from "./rollback-operations";
import { HEALTH_OPERATIONS } from "./health-operations";
import { INCIDENT_OPERATIONS } from "./incident-operations";
import { POST_MORTEM_OPERATIONS } from "./post-mortem-operations";
import { REPORT_OPERATIONS } from "./report-operations";
import { SEARCH_OPERATIONS } from "./search-operations";

/** Every /api/v1 operation; the route files validate with the same schemas. */
export const API_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/me", summary: "Who am I (session or token)", permission: "incidents.read", success: { status: 200, description: "{ caller }" } },
  { method: "put", path: "/me/password", summary: "Change my password", permission: "incidents.read", body: changePasswordSchema, success: { status: 200, description: "{ changed: true }" } },
  { method: "get", path: "/users", summary: "List users", permission: "incidents.read", success: { status: 200, description: "{ users }" } },
  { method: "post", path: "/users", summary: "Create a user", permission: "users.manage", body: createUserSchema, success: { status: 201, description: "{ user, generatedPassword }" }, errors: [409] },
  { method: "patch", path: "/users/{userId}", summary: "Change a user's name, role or disabled flag", permission: "users.manage", body: updateUserSchema, success: { status: 200, description: "{ user }" }, errors: [404, 409] },
  { method: "get", path: "/tokens", summary: "List API tokens", permission: "tokens.manage", success: { status: 200, description: "{ tokens }" } },
  { method: "post", path: "/tokens", summary: "Create an API token (the secret is returned once)", permission: "tokens.manage", body: createApiTokenSchema, success: { status: 201, description: "{ token, secret }" } },
  { method: "delete", path: "/tokens/{tokenId}", summary: "Revoke an API token", permission: "tokens.manage", success: { status: 200, description: "{ token }" }, errors: [404, 409] },
  { method: "get", path: "/audit-events", summary: "The audit log, newest first", permission: "audit.read", query: listAuditEventsQuerySchema, success: { status: 200, description: "{ events, nextCursor }" } },
  ...INCIDENT_OPERATIONS,
  ...DECISION_OPERATIONS,
  ...HEALTH_OPERATIONS,
  ...ALERT_OPERATIONS,
  ...FLAG_OPERATIONS,
  ...ROLLBACK_OPERATIONS,
  ...CHECKLIST_OPERATIONS,
  ...POST_MORTEM_OPERATIONS,
  ...COMMUNICATION_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...SEARCH_OPERATIONS,
  { method: "get", path: "/openapi.json", summary: "This document", permission: null, success: { status: 200, description: "OpenAPI 3.1" } },
];
