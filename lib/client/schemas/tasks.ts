import { z } from "zod";
import { INCIDENT_STATUSES, SEVERITIES } from "@/lib/domain/incidents/lifecycle";

const taskIncidentSchema = z.object({ id: z.string(), key: z.string(), title: z.string(), status: z.enum(INCIDENT_STATUSES), severity: z.enum(SEVERITIES) });

/** docs/api.md, GET /me/tasks. */
export const myTasksResponseSchema = z.object({
  checklistItems: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      groupTitle: z.string(),
      dueAt: z.string().nullable(),
      overdue: z.boolean(),
      version: z.number(),
      checklist: z.object({ id: z.string(), name: z.string() }),
      incident: taskIncidentSchema,
    }),
  ),
  actionItems: z.array(z.object({ id: z.string(), title: z.string(), dueAt: z.string().nullable(), overdue: z.boolean(), status: z.string(), incident: taskIncidentSchema })),
});
export type MyTasks = z.infer<typeof myTasksResponseSchema>;
