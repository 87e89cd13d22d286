import { z } from "zod";
import { ESCALATION_LEVELS } from "../incidents/time-budget";

export const AVAILABILITIES = ["always", "business_hours", "emergency_only"] as const;
export type Availability = (typeof AVAILABILITIES)[number];

const contactFields = {
  level: z.enum(ESCALATION_LEVELS),
  name: z.string().trim().min(1, "is required").max(120),
  /** How to reach them: a phone number, an email, a pager handle. */
  contact: z.string().trim().min(1, "is required").max(200),
  availability: z.enum(AVAILABILITIES),
};

export const createEscalationContactSchema = z.object(contactFields);
export type CreateEscalationContactInput = z.infer<typeof createEscalationContactSchema>;

export const updateEscalationContactSchema = z
  .object(contactFields)
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: "give at least one of level, name, contact, availability" });
export type UpdateEscalationContactInput = z.infer<typeof updateEscalationContactSchema>;

export const escalationContactIdParamsSchema = z.object({ contactId: z.uuid("must be a contact id") });
