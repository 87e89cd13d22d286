import "server-only";
import { publishChecklistTemplateSchema, updateChecklistItemSchema } from "@/lib/domain/schemas/checklists";
import { answerDecisionSchema, publishDecisionTreeSchema, startDecisionSchema, undoLastAnswerQuerySchema } from "@/lib/domain/schemas/decisions";
import type { ApiOperation } from "./build-openapi-document";

/** The guided decision, checklists, decision trees, checklist templates and the decision matrix (docs/api.md). */
export const DECISION_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/incidents/{incidentRef}/decision", summary: "The incident's current decision, or null", permission: "incidents.read", success: { status: 200, description: "{ decision }" }, errors: [404] },
  { method: "post", path: "/incidents/{incidentRef}/decision", summary: "Start the guided decision (restart abandons the current one)", permission: "incidents.command", body: startDecisionSchema, success: { status: 201, description: "{ decision }" }, errors: [404, 409] },
  { method: "post", path: "/incidents/{incidentRef}/decision/answers", summary: "Answer the current question of the decision", permission: "incidents.command", body: answerDecisionSchema, success: { status: 200, description: "{ decision }" }, errors: [404, 409] },
  { method: "delete", path: "/incidents/{incidentRef}/decision/answers/last", summary: "Go back: withdraw the last answer", permission: "incidents.command", query: undoLastAnswerQuerySchema, success: { status: 200, description: "{ decision }" }, errors: [404, 409] },
  { method: "get", path: "/incidents/{incidentRef}/checklists", summary: "The incident's checklists", permission: "incidents.read", success: { status: 200, description: "{ checklists }" }, errors: [404] },
  { method: "patch", path: "/checklist-items/{itemId}", summary: "Tick, assign, annotate or mark a checklist item not applicable", permission: "checklists.edit", body: updateChecklistItemSchema, success: { status: 200, description: "{ item }" }, errors: [404, 409] },
  { method: "get", path: "/decision-trees/{treeKey}", summary: "The active decision tree (treeKey: default) and its versions", permission: "incidents.read", success: { status: 200, description: "{ tree, versions }" }, errors: [404] },
  { method: "put", path: "/decision-trees/{treeKey}", summary: "Publish a new version of the decision tree", permission: "runbooks.manage", body: publishDecisionTreeSchema, success: { status: 201, description: "{ tree }" }, errors: [404, 409] },
  { method: "get", path: "/checklist-templates", summary: "The active version of every checklist template", permission: "incidents.read", success: { status: 200, description: "{ templates }" } },
  { method: "get", path: "/checklist-templates/{templateKey}", summary: "The active checklist template (templateKey: pre-rollback) and its versions", permission: "incidents.read", success: { status: 200, description: "{ template, versions }" }, errors: [404] },
  { method: "put", path: "/checklist-templates/{templateKey}", summary: "Publish a new version of the checklist template", permission: "runbooks.manage", body: publishChecklistTemplateSchema, success: { status: 201, description: "{ template }" }, errors: [404, 409] },
  { method: "get", path: "/decision-matrix", summary: "The rollback decision matrix and the alternatives' guidance", permission: "incidents.read", success: { status: 200, description: "{ rows, alternatives }" } },
];
