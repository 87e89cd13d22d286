import { z } from "zod";
import { SCENARIOS } from "@/lib/domain/decisions/decision-matrix";
import { INCIDENT_STATUSES, SEVERITIES } from "@/lib/domain/incidents/lifecycle";
import { MITIGATION_KINDS } from "@/lib/domain/reports/mitigation";

/** A person as the API names them inside other records. */
export const userRefSchema = z.object({ id: z.string(), name: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

export const incidentServiceSchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const participantRoleSchema = z.enum(["commander", "responder", "observer"]);

/** docs/api.md, `Incident`. */
export const incidentSchema = z.object({
  id: z.string(),
  key: z.string(),
  number: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  scenario: z.enum(SCENARIOS).nullable(),
  status: z.enum(INCIDENT_STATUSES),
  allowedTransitions: z.array(z.enum(INCIDENT_STATUSES)),
  private: z.boolean(),
  mitigation: z.enum(MITIGATION_KINDS).nullable().default(null),
  commander: userRefSchema.nullable(),
  services: z.array(incidentServiceSchema),
  participants: z.array(z.object({ user: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }), role: participantRoleSchema })),
  detectedAt: z.string(),
  declaredAt: z.string(),
  decidedAt: z.string().nullable(),
  mitigationStartedAt: z.string().nullable(),
  mitigatedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentsResponseSchema = z.object({ incidents: z.array(incidentSchema) });
export type IncidentsResponse = z.infer<typeof incidentsResponseSchema>;

export const incidentResponseSchema = z.object({ incident: incidentSchema });
export type IncidentResponse = z.infer<typeof incidentResponseSchema>;

/** Timeline ids are BigInts on the server, sent as strings; a number would be as good. */
const cursorSchema = z.union([z.string(), z.number()]).transform(String);

export const timelineEventSchema = z.object({
  id: cursorSchema,
  incidentId: z.string(),
  kind: z.string(),
  summary: z.string(),
  payload: z.unknown(),
  actor: z.object({ kind: z.enum(["user", "token", "system"]), id: z.string().nullable(), name: z.string() }),
  createdAt: z.string(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelinePageSchema = z.object({ events: z.array(timelineEventSchema), nextCursor: cursorSchema.nullable() });
export type TimelinePage = z.infer<typeof timelinePageSchema>;
