import { z } from "zod";
import { SEVERITIES } from "@/lib/domain/incidents/lifecycle";
import { CLOCKS } from "@/lib/domain/reports/incident-facts";
import { MITIGATION_KINDS } from "@/lib/domain/reports/mitigation";

const seconds = z.number().nullable();
const percentilesSchema = z.object({ p50: seconds, p90: seconds });
const clockSummarySchema = percentilesSchema.extend({ measured: z.number(), notReached: z.number(), budgeted: z.number(), withinBudget: z.number(), shareWithinBudget: z.number().nullable() });
const byClock = <S extends z.ZodType>(schema: S) => z.object(Object.fromEntries(CLOCKS.map((clock) => [clock, schema])) as Record<(typeof CLOCKS)[number], S>);
const openItemsSchema = z.object({ open: z.number(), overdue: z.number() });

/** docs/api.md, `Report` (docs/metrics.md defines the figures). */
export const reportSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), bucket: z.enum(["week", "month"]) }),
  totals: z.object({ incidents: z.number(), open: z.number(), resolved: z.number() }),
  clocks: byClock(clockSummarySchema),
  overTime: z.array(z.object({ start: z.string(), counts: z.object(Object.fromEntries(SEVERITIES.map((severity) => [severity, z.number()])) as Record<(typeof SEVERITIES)[number], z.ZodNumber>), total: z.number(), clocks: byClock(percentilesSchema) })),
  mitigations: z.array(z.object({ kind: z.enum(MITIGATION_KINDS), incidents: z.number(), succeeded: z.number(), reRollbacks: z.number(), successRate: z.number().nullable() })),
  drills: z.object({ count: z.number(), finished: z.number(), succeeded: z.number(), p50: seconds, p90: seconds }),
  actionItems: openItemsSchema,
  checklistItems: openItemsSchema,
});
export type Report = z.infer<typeof reportSchema>;

export const reportResponseSchema = z.object({ report: reportSchema });
