import "server-only";
import { createFeatureFlagSchema, updateFeatureFlagSchema } from "@/lib/domain/flags/feature-flag";
import { FLAG_CHANGE_MINIMUM_PERMISSION } from "@/lib/domain/flags/flag-change-permission";
import type { ApiOperation } from "./build-openapi-document";

/**
 * Rewind's feature flag store. Applications read flags through OFREP at
 * /ofrep/v1/evaluate/flags (outside /api/v1, in OFREP's own shapes).
 */
export const FLAG_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/flags", summary: "Every feature flag, by key", permission: "services.read", success: { status: 200, description: "{ flags }" } },
  { method: "post", path: "/flags", summary: "Create a feature flag", permission: "runbooks.manage", body: createFeatureFlagSchema, success: { status: 201, description: "{ flag }" }, errors: [409] },
  { method: "get", path: "/flags/{key}", summary: "One feature flag", permission: "services.read", success: { status: 200, description: "{ flag }" }, errors: [404] },
  {
    method: "patch",
    path: "/flags/{key}",
    summary: "Edit a flag (names the version it saw; a stale one gets 409 with `current`). Admins change anything; commanders may only turn a kill switch off",
    permission: FLAG_CHANGE_MINIMUM_PERMISSION,
    body: updateFeatureFlagSchema,
    success: { status: 200, description: "{ flag }" },
    errors: [404, 409],
  },
  { method: "delete", path: "/flags/{key}", summary: "Delete a feature flag", permission: "runbooks.manage", success: { status: 200, description: "{ flag }" }, errors: [404] },
  { method: "post", path: "/flag-sets/{set}/emergency-off", summary: "Emergency rollback: turn every flag of a set off in one transaction", permission: "rollbacks.run", success: { status: 200, description: "{ set, turnedOff, alreadyOff }" }, errors: [404] },
];
