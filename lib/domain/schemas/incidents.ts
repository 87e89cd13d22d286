import { z } from "zod";
import { SCENARIOS } from "../decisions/decision-matrix";
import { INCIDENT_STATUSES, SEVERITIES } from "../incidents/lifecycle";
import { MITIGATION_KINDS } from "../reports/mitigation";

export const PARTICIPANT_ROLES = ["commander", "responder", "observer"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

const title = z.string().trim().min(1, "is required").max(200);
const summary = z.string().trim().max(5000).nullable();
const version = z.number("must be the version you last saw").int().positive();

export const declareIncidentSchema = z.object({
  title,
  summary: summary.optional(),
  severity: z.enum(SEVERITIES),
  scenario: z.enum(SCENARIOS).nullable().optional(),
  serviceIds: z.array(z.uuid("must be a service id")).min(1, "name at least one affected service").max(20),
  /** When the problem started; defaults to now and may not lie in the future. */
  detectedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
  /** Defaults to the scenario's `privateByDefault` (security incidents start private). */
  private: z.boolean().optional(),
  /** Defaults to the declaring person; API tokens declare without one unless named. */
  commanderId: z.uuid("must be a user id").optional(),
});
export type DeclareIncidentInput = z.infer<typeof declareIncidentSchema>;

export const updateIncidentSchema = z
  .object({
    version,
    title: title.optional(),
    summary: summary.optional(),
    severity: z.enum(SEVERITIES).optional(),
    commanderId: z.uuid("must be a user id").nullable().optional(),
    private: z.boolean().optional(),
    /** How service was restored; reports group success rates by it. */
    mitigation: z.enum(MITIGATION_KINDS).nullable().optional(),
  })
  .refine(({ version: _version, ...changes }) => Object.values(changes).some((field) => field !== undefined), {
    message: "give at least one of title, summary, severity, commanderId, private, mitigation",
  });
export type UpdateIncidentInput = z.infer<typeof updateIncidentSchema>;

export const transitionIncidentSchema = z.object({
  to: z.enum(INCIDENT_STATUSES),
  version,
  note: z.string().trim().max(2000).optional(),
});
export type TransitionIncidentInput = z.infer<typeof transitionIncidentSchema>;

export const addParticipantSchema = z.object({
  userId: z.uuid("must be a user id"),
  role: z.enum(PARTICIPANT_ROLES),
});
export type AddParticipantInput = z.infer<typeof addParticipantSchema>;

export const INCIDENT_LIST_STATUSES = ["open", "all", ...INCIDENT_STATUSES] as const;

// A plain object (no refinements): the OpenAPI document lists its fields as query parameters.
export const listIncidentsQuerySchema = z.object({
  /** `open` (the default) is every status but resolved and closed. */
  status: z.enum(INCIDENT_LIST_STATUSES).default("open"),
  severity: z.enum(SEVERITIES).optional(),
  serviceId: z.uuid("must be a service id").optional(),
});
export type ListIncidentsQuery = z.infer<typeof listIncidentsQuerySchema>;

const KIND_PREFIX = /^[a-z][a-z_.]*$/;

export const listTimelineQuerySchema = z.object({
  /**
   * Comma-separated prefixes. Each matches kinds that start with it, or whose
   * part after a dot does, so `status` finds `incident.status_changed`.
   */
  kind: z
    .string()
    .max(300)
    .transform((value) => value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean))
    .refine((prefixes) => prefixes.every((prefix) => KIND_PREFIX.test(prefix)), { message: "use kind prefixes such as decision,status" })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: return events older than this id (the previous page's `nextCursor`). */
  before: z.coerce.bigint().positive().optional(),
});
export type ListTimelineQuery = z.infer<typeof listTimelineQuerySchema>;

/** `INC-42` or the incident's uuid; anything else is simply not found. */
export const incidentRefParamsSchema = z.object({ incidentRef: z.string().min(1).max(64) });

export const participantParamsSchema = z.object({ incidentRef: z.string().min(1).max(64), userId: z.uuid("must be a user id") });
