import { z } from "zod";
import { CLOCKS } from "@/lib/domain/reports/incident-facts";
import { MITIGATION_KINDS } from "@/lib/domain/reports/mitigation";
import { incidentSchema } from "./incidents";

/** GET /api/v1/reports/incidents/{incidentRef} (docs/api.md). */
export const incidentReportSchema = z.object({
  incident: incidentSchema.extend({ restoredAt: z.string().nullable(), mitigation: z.enum(MITIGATION_KINDS).nullable() }),
  budgetSeconds: z.number().nullable(),
  clocks: z.array(z.object({ clock: z.enum(CLOCKS), seconds: z.number().nullable(), withinBudget: z.boolean().nullable() })),
  runs: z.array(
    z.object({
      id: z.string(),
      mode: z.enum(["live", "drill"]),
      status: z.string(),
      verificationStatus: z.string(),
      planName: z.string(),
      planType: z.string(),
      serviceName: z.string(),
      startedByName: z.string(),
      reason: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
    }),
  ),
  checklists: z.array(z.object({ name: z.string(), done: z.number(), total: z.number(), overdue: z.number() })),
  postMortem: z.object({ status: z.string(), title: z.string(), publishedAt: z.string().nullable(), openActionItems: z.number(), actionItems: z.number() }).nullable(),
  timeline: z.array(z.object({ kind: z.string(), summary: z.string(), actorName: z.string(), at: z.string() })),
});
export type IncidentReport = z.infer<typeof incidentReportSchema>;

export const incidentReportResponseSchema = z.object({ incidentReport: incidentReportSchema });
