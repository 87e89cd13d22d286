import { z } from "zod";

export const auditEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  actor: z.object({ kind: z.enum(["user", "token", "system"]), id: z.string().nullable(), name: z.string() }),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventsPageSchema = z.object({ events: z.array(auditEventSchema), nextCursor: z.string().nullable() });
export type AuditEventsPage = z.infer<typeof auditEventsPageSchema>;
