import "server-only";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { visibleIncidentSql } from "../visible-incident-sql";
import { scopedCte, secondsBetween, utc, type ReportScope } from "./report-scope";

export type DrillRow = { count: number; finished: number; succeeded: number; p50: number | null; p90: number | null };

/**
 * Drill runs started in the range, on the service when one is named; a
 * drill attached to an incident the viewer cannot see is left out. The
 * severity filter does not apply: drills have none.
 */
export async function selectDrillSummary(db: Db, scope: ReportScope): Promise<DrillRow> {
  const service = scope.serviceSlug ? Prisma.sql`AND r."serviceId" = (SELECT "id" FROM "Service" WHERE "slug" = ${scope.serviceSlug})` : Prisma.empty;
  const visible = Prisma.sql`AND (r."incidentId" IS NULL OR EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = r."incidentId" AND ${visibleIncidentSql(scope.viewer, Prisma.sql`i`)}))`;
  const rows = await db.$queryRaw<DrillRow[]>`
    WITH drills AS (
      SELECT r."status"::text AS status, ${secondsBetween(Prisma.sql`r."createdAt"`, Prisma.sql`r."finishedAt"`)} AS duration
      FROM "RollbackRun" r
      WHERE r."mode" = 'drill' AND r."createdAt" >= ${utc(scope.from)} AND r."createdAt" < ${utc(scope.to)} ${service} ${visible}
    )
    SELECT count(*)::int AS count, count(duration)::int AS finished, count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY duration) AS p50, percentile_cont(0.9) WITHIN GROUP (ORDER BY duration) AS p90
    FROM drills`;
  return rows[0] as DrillRow;
}

export type ItemCountsRow = { actionOpen: number; actionOverdue: number; checklistOpen: number; checklistOverdue: number };

/** Open and overdue action items and due-dated checklist items of the incidents in scope, as of `now`. */
export async function selectItemCounts(db: Db, scope: ReportScope, now: Date): Promise<ItemCountsRow> {
  const rows = await db.$queryRaw<ItemCountsRow[]>`
    WITH ${scopedCte(scope)},
    actions AS (
      SELECT a."dueAt" FROM "PostMortemActionItem" a
      WHERE a."incidentId" IN (SELECT "id" FROM scoped) AND a."status" IN ('open', 'in_progress')
    ),
    checks AS (
      SELECT c."dueAt" FROM "ChecklistItem" c JOIN "Checklist" l ON l."id" = c."checklistId"
      WHERE l."incidentId" IN (SELECT "id" FROM scoped) AND c."dueAt" IS NOT NULL AND c."doneAt" IS NULL AND NOT c."notApplicable"
    )
    SELECT (SELECT count(*) FROM actions)::int AS "actionOpen",
           (SELECT count(*) FROM actions WHERE "dueAt" < ${utc(now)})::int AS "actionOverdue",
           (SELECT count(*) FROM checks)::int AS "checklistOpen",
           (SELECT count(*) FROM checks WHERE "dueAt" < ${utc(now)})::int AS "checklistOverdue"`;
  return rows[0] as ItemCountsRow;
}
