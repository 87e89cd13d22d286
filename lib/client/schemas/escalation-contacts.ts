import { z } from "zod";
import { ESCALATION_LEVELS } from "@/lib/domain/incidents/time-budget";

export const AVAILABILITIES = ["always", "business_hours", "emergency_only"] as const;
export const availabilitySchema = z.enum(AVAILABILITIES);
export type Availability = z.infer<typeof availabilitySchema>;

export const escalationContactSchema = z.object({
  id: z.string(),
  level: z.enum(ESCALATION_LEVELS),
  name: z.string(),
  contact: z.string(),
  availability: availabilitySchema,
});
export type EscalationContact = z.infer<typeof escalationContactSchema>;

export const escalationContactsResponseSchema = z.object({ contacts: z.array(escalationContactSchema) });
export type EscalationContactsResponse = z.infer<typeof escalationContactsResponseSchema>;

export const escalationContactResponseSchema = z.object({ contact: escalationContactSchema });
