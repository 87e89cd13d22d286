import "server-only";
import type { IncidentFacts, LiveRunFacts } from "@/lib/domain/reports/incident-facts";
import type { Db } from "../../db/client";
import { scopedCte, type ReportScope } from "./report-scope";

/** The SQL row: the domain's facts, with the number instead of the key and each run's start as JSON text. */
type FactsRow = Omit<IncidentFacts, "key" | "liveRuns"> & {
  number: number;
  liveRuns: (Omit<LiveRunFacts, "startedAt"> & { startedAt: string })[];
};

/** The incidents in scope as plain facts (one row each, runs folded in as JSON), oldest first: the CSV's rows. */
export async function selectIncidentFacts(db: Db, scope: ReportScope): Promise<IncidentFacts[]> {
  const rows = await db.$queryRaw<FactsRow[]>`
    WITH ${scopedCte(scope)}
    SELECT i."number", i."title", i."severity"::text AS severity, i."scenario"::text AS scenario, i."status"::text AS status, i."private",
           i."detectedAt", i."decidedAt", i."restoredAt", i."resolvedAt", i."mitigation"::text AS mitigation,
           COALESCE((SELECT array_agg(sv."slug" ORDER BY sv."slug") FROM "IncidentService" x JOIN "Service" sv ON sv."id" = x."serviceId" WHERE x."incidentId" = i."id"), '{}') AS services,
           COALESCE((SELECT json_agg(json_build_object('planType', p."type", 'status', r."status", 'verificationStatus', r."verificationStatus",
                                                      'startedAt', to_char(r."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY r."createdAt", r."id")
                     FROM "RollbackRun" r JOIN "RollbackPlan" p ON p."id" = r."planId" WHERE r."incidentId" = i."id" AND r."mode" = 'live'), '[]') AS "liveRuns"
    FROM scoped s JOIN "Incident" i ON i."id" = s."id"
    ORDER BY i."detectedAt", i."number"`;
  return rows.map((row) => ({
    key: `INC-${row.number}`,
    title: row.title,
    severity: row.severity,
    scenario: row.scenario,
    status: row.status,
    private: row.private,
    services: row.services,
    detectedAt: row.detectedAt,
    decidedAt: row.decidedAt,
    restoredAt: row.restoredAt,
    resolvedAt: row.resolvedAt,
    mitigation: row.mitigation,
    liveRuns: row.liveRuns.map((run) => ({ ...run, startedAt: new Date(run.startedAt) })),
  }));
}
