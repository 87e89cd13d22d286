import "server-only";
import { DECISION_MATRIX, budgetMinutesFor } from "@/lib/domain/decisions/decision-matrix";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import { mitigationOfPlanType } from "@/lib/domain/reports/mitigation";
import { PLAN_TYPES } from "@/lib/domain/rollback/plan";
import { Prisma } from "../../db/generated/client";
import type { IncidentViewer } from "../incidents";
import { visibleIncidentSql } from "../visible-incident-sql";

/** What a report covers: the incidents detected in [from, to) that the viewer may see, narrowed by service and severity. */
export type ReportScope = { from: Date; to: Date; serviceSlug?: string; severity?: Severity; viewer: IncidentViewer };

/** Our timestamps are `timestamp(3)` holding UTC: compare them with UTC wall-clock values, whatever the session's time zone. */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** Seconds from start to stop, never negative; null while the clock runs (GREATEST alone would turn a null into 0). */
export function secondsBetween(start: Prisma.Sql, stop: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${stop} IS NULL THEN NULL ELSE GREATEST(0, EXTRACT(EPOCH FROM ${stop} - ${start}))::float8 END`;
}

/** The matrix budget in seconds as a CASE over scenario then severity, generated from DECISION_MATRIX so SQL and TypeScript agree. */
function budgetSecondsSql(): Prisma.Sql {
  const byScenario = DECISION_MATRIX.map((row) => Prisma.sql`WHEN i."scenario"::text = ${row.scenario} THEN ${minutesToSeconds(row.budgetMinutes)}::int`);
  const bySeverity = SEVERITIES.map((severity) => Prisma.sql`WHEN i."severity"::text = ${severity} THEN ${minutesToSeconds(budgetMinutesFor(severity))}::int`);
  return Prisma.sql`CASE ${Prisma.join([...byScenario, ...bySeverity], " ")} END`;
}

function minutesToSeconds(minutes: number | null): number | null {
  return minutes === null ? null : minutes * 60;
}

/** mitigationOfPlanType as a CASE over the first live run's plan type. */
function derivedMitigationSql(planType: Prisma.Sql): Prisma.Sql {
  const cases = PLAN_TYPES.map((type) => Prisma.sql`WHEN ${planType} = ${type} THEN ${mitigationOfPlanType(type)}`);
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} END`;
}

/**
 * The CTEs every report query starts from: `scoped` (the incidents in scope)
 * and `clocked` (one row per incident with its four clocks in seconds, its
 * budget, its mitigation and its first live run's outcome). docs/metrics.md
 * defines each column; lib/domain/reports/incident-facts.ts is the reference.
 */
export function clockedIncidentsCte(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
    ${scopedCte(scope)},
    live_runs AS (
      SELECT r."incidentId", r."createdAt", r."id", r."status"::text AS status, r."verificationStatus"::text AS verification, p."type"::text AS plan_type,
             row_number() OVER (PARTITION BY r."incidentId" ORDER BY r."createdAt", r."id") AS attempt,
             count(*) OVER (PARTITION BY r."incidentId") AS runs
      FROM "RollbackRun" r JOIN "RollbackPlan" p ON p."id" = r."planId"
      WHERE r."mode" = 'live' AND r."incidentId" IN (SELECT "id" FROM scoped)
    ),
    clocked AS (
      SELECT s.*,
             ${secondsBetween(Prisma.sql`s."detectedAt"`, Prisma.sql`s."decidedAt"`)} AS time_to_decision,
             ${secondsBetween(Prisma.sql`s."detectedAt"`, Prisma.sql`f."createdAt"`)} AS time_to_rollback,
             ${secondsBetween(Prisma.sql`s."detectedAt"`, Prisma.sql`s."restoredAt"`)} AS time_to_verified,
             ${secondsBetween(Prisma.sql`s."detectedAt"`, Prisma.sql`s."resolvedAt"`)} AS mttr,
             COALESCE(s.mitigation, ${derivedMitigationSql(Prisma.sql`f.plan_type`)}) AS mitigation_kind,
             CASE WHEN f."id" IS NULL THEN s."restoredAt" IS NOT NULL ELSE f.status = 'succeeded' AND f.verification <> 'failed' END AS mitigation_succeeded,
             COALESCE(f.runs, 0) > 1 AS re_rollback
      FROM scoped s LEFT JOIN live_runs f ON f."incidentId" = s."id" AND f.attempt = 1
    )`;
}

/** `scoped`: the incidents in scope with their budget; items and facts hang off it. */
export function scopedCte(scope: ReportScope): Prisma.Sql {
  const service = scope.serviceSlug
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" x JOIN "Service" sv ON sv."id" = x."serviceId" WHERE x."incidentId" = i."id" AND sv."slug" = ${scope.serviceSlug})`
    : Prisma.empty;
  const severity = scope.severity ? Prisma.sql`AND i."severity"::text = ${scope.severity}` : Prisma.empty;
  return Prisma.sql`
    scoped AS (
      SELECT i."id", i."severity"::text AS severity, i."status"::text AS status, i."detectedAt", i."decidedAt", i."restoredAt", i."resolvedAt",
             i."mitigation"::text AS mitigation, ${budgetSecondsSql()} AS budget
      FROM "Incident" i
      WHERE i."detectedAt" >= ${utc(scope.from)} AND i."detectedAt" < ${utc(scope.to)} ${severity} ${service}
        AND ${visibleIncidentSql(scope.viewer, Prisma.sql`i`)}
    )`;
}
