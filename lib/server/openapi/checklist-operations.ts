import "server-only";
import type { ApiOperation } from "./build-openapi-document";

/** Post-rollback checklists and the tasks they give people (docs/api.md, "Checklists after the rollback"). */
export const CHECKLIST_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/me/tasks", summary: "My open checklist items and post-mortem action items across the incidents I can see, overdue first", permission: "incidents.read", success: { status: 200, description: "{ checklistItems, actionItems }" } },
];
