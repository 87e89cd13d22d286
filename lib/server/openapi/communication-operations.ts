import "server-only";
import { createCommunicationChannelSchema, previewMessageQuerySchema, sendMessageSchema, updateCommunicationChannelSchema } from "@/lib/domain/schemas/communications";
import type { ApiOperation } from "./build-openapi-document";

/** Communication channels and incident messages (docs/api.md, "Communications"). */
export const COMMUNICATION_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/communication-channels", summary: "The channels messages can be sent through (configs name secrets, never hold their values)", permission: "communications.send", success: { status: 200, description: "{ channels }" } },
  { method: "post", path: "/communication-channels", summary: "Add a chat webhook, email (SMTP) or status page webhook channel", permission: "integrations.manage", body: createCommunicationChannelSchema, success: { status: 201, description: "{ channel }" }, errors: [409] },
  { method: "put", path: "/communication-channels/{channelId}", summary: "Replace a channel (names the version it saw)", permission: "integrations.manage", body: updateCommunicationChannelSchema, success: { status: 200, description: "{ channel }" }, errors: [404, 409] },
  { method: "delete", path: "/communication-channels/{channelId}", summary: "Delete a channel; messages sent through it keep its name", permission: "integrations.manage", success: { status: 200, description: "{ deleted }" }, errors: [404] },
  { method: "get", path: "/incidents/{incidentRef}/messages", summary: "Messages sent (or failed) for the incident, newest first, and the templates", permission: "incidents.read", success: { status: 200, description: "{ messages, templates }" }, errors: [404] },
  { method: "get", path: "/incidents/{incidentRef}/messages/preview", summary: "A template rendered with the incident's variables, and the variables Rewind has no value for", permission: "incidents.read", query: previewMessageQuerySchema, success: { status: 200, description: "{ preview: { template, subject, body, missing } }" }, errors: [404] },
  { method: "post", path: "/incidents/{incidentRef}/messages", summary: "Send a message through a channel; recorded with its outcome (sent or failed) and on the timeline", permission: "communications.send", body: sendMessageSchema, success: { status: 201, description: "{ message } (message.status is sent or failed)" }, errors: [404] },
];
