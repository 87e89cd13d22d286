import { z } from "zod";
import { SEVERITIES } from "../incidents/lifecycle";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "is not a real day");

// A plain object (no refinements across fields): the OpenAPI document lists its fields as query parameters.
export const reportQuerySchema = z.object({
  /** First day (UTC), inclusive; defaults to 365 days before `to`. */
  from: day.optional(),
  /** Last day (UTC), inclusive; defaults to today. */
  to: day.optional(),
  /** A service slug. */
  service: z.string().trim().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/, "must be a service slug").optional(),
  severity: z.enum(SEVERITIES).optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;
