import "server-only";
import { createActionItemSchema, exportPostMortemQuerySchema, movePostMortemSchema, updateActionItemSchema, updatePostMortemSchema } from "@/lib/domain/schemas/post-mortems";
import type { ApiOperation } from "./build-openapi-document";

/** Post-mortems and their action items (docs/api.md). */
export const POST_MORTEM_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/incidents/{incidentRef}/post-mortem", summary: "The incident's post-mortem with its action items (drafted when the incident is resolved)", permission: "incidents.read", success: { status: 200, description: "{ postMortem }" }, errors: [404] },
  { method: "patch", path: "/incidents/{incidentRef}/post-mortem", summary: "Save the post-mortem's Markdown (draft only; names the version it saw)", permission: "postmortems.edit", body: updatePostMortemSchema, success: { status: 200, description: "{ postMortem }" }, errors: [404, 409] },
  { method: "post", path: "/incidents/{incidentRef}/post-mortem/transitions", summary: "Send to review, back to draft, publish, or (admins) reopen", permission: "postmortems.review", body: movePostMortemSchema, success: { status: 200, description: "{ postMortem }" }, errors: [404, 409] },
  { method: "post", path: "/incidents/{incidentRef}/post-mortem/action-items", summary: "Add an action item", permission: "postmortems.edit", body: createActionItemSchema, success: { status: 201, description: "{ item }" }, errors: [404] },
  { method: "get", path: "/incidents/{incidentRef}/post-mortem/export", summary: "Download the post-mortem as Markdown, with the action items and the recorded timeline", permission: "incidents.read", query: exportPostMortemQuerySchema, success: { status: 200, description: "text/markdown attachment" }, errors: [404] },
  { method: "patch", path: "/action-items/{itemId}", summary: "Change an action item's title, owner, due date or status (names the version it saw)", permission: "postmortems.edit", body: updateActionItemSchema, success: { status: 200, description: "{ item }" }, errors: [404, 409] },
];
