import "server-only";
import { createEscalationContactSchema, updateEscalationContactSchema } from "@/lib/domain/schemas/escalation-contacts";
import {
  addParticipantSchema,
  declareIncidentSchema,
  listIncidentsQuerySchema,
  listTimelineQuerySchema,
  transitionIncidentSchema,
  updateIncidentSchema,
} from "@/lib/domain/schemas/incidents";
import { createServiceSchema, updateServiceSchema } from "@/lib/domain/schemas/services";
import type { ApiOperation } from "./build-openapi-document";

/** Incidents, their participants and timeline, services and escalation contacts (docs/api.md). */
export const INCIDENT_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/incidents", summary: "Incidents, newest first (status: open by default, all, or one status)", permission: "incidents.read", query: listIncidentsQuerySchema, success: { status: 200, description: "{ incidents }" } },
  { method: "post", path: "/incidents", summary: "Declare an incident", permission: "incidents.command", body: declareIncidentSchema, success: { status: 201, description: "{ incident }" } },
  { method: "get", path: "/incidents/{incidentRef}", summary: "One incident, by key (INC-42) or id", permission: "incidents.read", success: { status: 200, description: "{ incident }" }, errors: [404] },
  { method: "patch", path: "/incidents/{incidentRef}", summary: "Edit title, summary, severity, commander or privacy (names the version it saw)", permission: "incidents.command", body: updateIncidentSchema, success: { status: 200, description: "{ incident }" }, errors: [404, 409] },
  { method: "post", path: "/incidents/{incidentRef}/transitions", summary: "Move the incident to another status of its lifecycle", permission: "incidents.command", body: transitionIncidentSchema, success: { status: 200, description: "{ incident }" }, errors: [404, 409] },
  { method: "post", path: "/incidents/{incidentRef}/participants", summary: "Add a participant", permission: "incidents.command", body: addParticipantSchema, success: { status: 201, description: "{ incident }" }, errors: [404, 409] },
  { method: "delete", path: "/incidents/{incidentRef}/participants/{userId}", summary: "Remove a participant (not the commander)", permission: "incidents.command", success: { status: 200, description: "{ incident }" }, errors: [404, 409] },
  { method: "get", path: "/incidents/{incidentRef}/timeline", summary: "The incident's timeline, newest first, a page at a time", permission: "incidents.read", query: listTimelineQuerySchema, success: { status: 200, description: "{ events, nextCursor }" }, errors: [404] },
  { method: "get", path: "/services", summary: "Registered services", permission: "services.read", success: { status: 200, description: "{ services }" } },
  { method: "post", path: "/services", summary: "Register a service", permission: "services.manage", body: createServiceSchema, success: { status: 201, description: "{ service }" }, errors: [409] },
  { method: "patch", path: "/services/{serviceId}", summary: "Edit a service", permission: "services.manage", body: updateServiceSchema, success: { status: 200, description: "{ service }" }, errors: [404, 409] },
  { method: "get", path: "/escalation-contacts", summary: "Escalation contacts, along the escalation path", permission: "incidents.read", success: { status: 200, description: "{ contacts }" } },
  { method: "post", path: "/escalation-contacts", summary: "Add an escalation contact", permission: "contacts.manage", body: createEscalationContactSchema, success: { status: 201, description: "{ contact }" } },
  { method: "patch", path: "/escalation-contacts/{contactId}", summary: "Edit an escalation contact", permission: "contacts.manage", body: updateEscalationContactSchema, success: { status: 200, description: "{ contact }" }, errors: [404] },
  { method: "delete", path: "/escalation-contacts/{contactId}", summary: "Delete an escalation contact", permission: "contacts.manage", success: { status: 200, description: "{ contact }" }, errors: [404] },
];
