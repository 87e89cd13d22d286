import "server-only";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import { CLOCKS, type ClockName } from "@/lib/domain/reports/incident-facts";
import { MITIGATION_KINDS } from "@/lib/domain/reports/mitigation";
import { ratio, roundSeconds } from "@/lib/domain/reports/percentiles";
import type { ClockPercentiles, ClockSummary, OverTimeBucket, Report } from "@/lib/domain/reports/report";
import type { ReportQuery } from "@/lib/domain/reports/report-query";
import { bucketStarts, type ReportRange } from "@/lib/domain/reports/report-range";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { selectClockSummary, selectMitigationOutcomes, selectOverTime, type ClockSummaryRow, type OverTimeRow } from "../../queries/reports/report-aggregates";
import { selectDrillSummary, selectItemCounts } from "../../queries/reports/report-counts";
import { reportScopeFromQuery } from "./report-scope-from-query";

/**
 * The managers' report (docs/metrics.md), aggregated in SQL: private
 * incidents count only for their participants and admins. The figures equal
 * lib/domain/reports/build-report.ts over the same incidents.
 */
export async function getReport(actor: Actor, query: ReportQuery, now = new Date()): Promise<Report> {
  assertCan(actor, "reports.read");
  const { range, scope } = reportScopeFromQuery(actor, query, now);
  const client = db();
  const [summary, overTime, mitigations, drills, items] = await Promise.all([
    selectClockSummary(client, scope),
    selectOverTime(client, scope, range.bucket),
    selectMitigationOutcomes(client, scope),
    selectDrillSummary(client, scope),
    selectItemCounts(client, scope, now),
  ]);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), bucket: range.bucket },
    totals: { incidents: summary.incidents, open: summary.open, resolved: summary.incidents - summary.open },
    clocks: Object.fromEntries(CLOCKS.map((clock) => [clock, clockSummary(summary, clock)])) as Record<ClockName, ClockSummary>,
    overTime: fillBuckets(range, overTime),
    mitigations: MITIGATION_KINDS.flatMap((kind) => {
      const row = mitigations.find((entry) => entry.kind === kind);
      return row ? [{ kind, incidents: row.incidents, succeeded: row.succeeded, reRollbacks: row.reRollbacks, successRate: ratio(row.succeeded, row.incidents) }] : [];
    }),
    drills: { count: drills.count, finished: drills.finished, succeeded: drills.succeeded, p50: roundSeconds(drills.p50), p90: roundSeconds(drills.p90) },
    actionItems: { open: items.actionOpen, overdue: items.actionOverdue },
    checklistItems: { open: items.checklistOpen, overdue: items.checklistOverdue },
  };
}

function clockSummary(row: ClockSummaryRow, clock: ClockName): ClockSummary {
  const measured = row[`${clock}_measured`] as number;
  const budgeted = row[`${clock}_budgeted`] as number;
  const withinBudget = row[`${clock}_within`] as number;
  // Only the decision and the rollback are judged against the matrix (BUDGETED_CLOCKS).
  const judged = clock === "timeToDecision" || clock === "timeToRollback";
  return {
    measured,
    notReached: row.incidents - measured,
    p50: roundSeconds(row[`${clock}_p50`] ?? null),
    p90: roundSeconds(row[`${clock}_p90`] ?? null),
    budgeted: judged ? budgeted : 0,
    withinBudget: judged ? withinBudget : 0,
    shareWithinBudget: judged ? ratio(withinBudget, budgeted) : null,
  };
}

/** SQL returns only buckets with incidents; the charts need every bucket of the range. */
function fillBuckets(range: ReportRange, rows: readonly OverTimeRow[]): OverTimeBucket[] {
  return bucketStarts(range).map((start) => {
    const day = start.toISOString().slice(0, 10);
    const row = rows.find((entry) => entry.bucket === day);
    const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, row ? (row[severity] as number) : 0])) as Record<Severity, number>;
    const clocks = Object.fromEntries(
      CLOCKS.map((clock): [ClockName, ClockPercentiles] => [clock, { p50: roundSeconds((row?.[`${clock}_p50`] as number | null) ?? null), p90: roundSeconds((row?.[`${clock}_p90`] as number | null) ?? null) }]),
    ) as Record<ClockName, ClockPercentiles>;
    return { start: start.toISOString(), counts, total: SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0), clocks };
  });
}
