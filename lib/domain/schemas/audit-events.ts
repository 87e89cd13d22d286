import { z } from "zod";

export const listAuditEventsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: return events older than this id. */
  before: z.coerce.bigint().positive().optional(),
});
export type ListAuditEventsQuery = z.infer<typeof listAuditEventsQuerySchema>;
