import "server-only";
import { CLOCKS, type ClockName } from "@/lib/domain/reports/incident-facts";
import type { BucketUnit } from "@/lib/domain/reports/report-range";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { clockedIncidentsCte, type ReportScope } from "./report-scope";

/** Column of `clocked` holding each clock. */
const CLOCK_COLUMNS: Record<ClockName, string> = { timeToDecision: "time_to_decision", timeToRollback: "time_to_rollback", timeToVerified: "time_to_verified", mttr: "mttr" };

function percentileColumns(clock: ClockName): Prisma.Sql {
  const column = Prisma.raw(CLOCK_COLUMNS[clock]);
  return Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) AS ${Prisma.raw(`"${clock}_p50"`)},
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${column}) AS ${Prisma.raw(`"${clock}_p90"`)}`;
}

function summaryColumns(clock: ClockName): Prisma.Sql {
  const column = Prisma.raw(CLOCK_COLUMNS[clock]);
  return Prisma.sql`count(${column})::int AS ${Prisma.raw(`"${clock}_measured"`)},
    ${percentileColumns(clock)},
    count(*) FILTER (WHERE ${column} IS NOT NULL AND budget IS NOT NULL)::int AS ${Prisma.raw(`"${clock}_budgeted"`)},
    count(*) FILTER (WHERE ${column} <= budget)::int AS ${Prisma.raw(`"${clock}_within"`)}`;
}

export type ClockSummaryRow = { incidents: number; open: number } & Record<string, number | null>;

/** Totals and, per clock: how many stopped, p50/p90 (percentile_cont) and how many stopped within budget. One row. */
export async function selectClockSummary(db: Db, scope: ReportScope): Promise<ClockSummaryRow> {
  const rows = await db.$queryRaw<ClockSummaryRow[]>`
    WITH ${clockedIncidentsCte(scope)}
    SELECT count(*)::int AS incidents,
           count(*) FILTER (WHERE status NOT IN ('resolved', 'closed'))::int AS open,
           ${Prisma.join(CLOCKS.map(summaryColumns), ",\n")}
    FROM clocked`;
  return rows[0] as ClockSummaryRow;
}

export type OverTimeRow = { bucket: string; critical: number; high: number; medium: number; low: number } & Record<string, number | string | null>;

/** Incidents per bucket (date_trunc in UTC) by severity, and each clock's p50/p90 within the bucket. Empty buckets are absent. */
export function selectOverTime(db: Db, scope: ReportScope, unit: BucketUnit): Promise<OverTimeRow[]> {
  // The unit is one of two literals (never user text): raw, so SELECT and GROUP BY are the same expression.
  const bucket = Prisma.sql`date_trunc(${Prisma.raw(`'${unit === "week" ? "week" : "month"}'`)}, "detectedAt")`;
  return db.$queryRaw<OverTimeRow[]>`
    WITH ${clockedIncidentsCte(scope)}
    SELECT to_char(${bucket}, 'YYYY-MM-DD') AS bucket,
           count(*) FILTER (WHERE severity = 'critical')::int AS critical,
           count(*) FILTER (WHERE severity = 'high')::int AS high,
           count(*) FILTER (WHERE severity = 'medium')::int AS medium,
           count(*) FILTER (WHERE severity = 'low')::int AS low,
           ${Prisma.join(CLOCKS.map(percentileColumns), ",\n")}
    FROM clocked
    GROUP BY ${bucket}
    ORDER BY ${bucket}`;
}

export type MitigationRow = { kind: string; incidents: number; succeeded: number; reRollbacks: number };

/** Per mitigation kind (named, else derived from the first live run's plan): incidents, first-run successes, re-rollbacks. */
export function selectMitigationOutcomes(db: Db, scope: ReportScope): Promise<MitigationRow[]> {
  return db.$queryRaw<MitigationRow[]>`
    WITH ${clockedIncidentsCte(scope)}
    SELECT mitigation_kind AS kind, count(*)::int AS incidents,
           count(*) FILTER (WHERE mitigation_succeeded)::int AS succeeded,
           count(*) FILTER (WHERE re_rollback)::int AS "reRollbacks"
    FROM clocked
    WHERE mitigation_kind IS NOT NULL
    GROUP BY mitigation_kind`;
}
