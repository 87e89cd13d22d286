import { isOpen, SEVERITIES, type Severity } from "../incidents/lifecycle";
import { bucketStart, bucketStarts, type ReportRange } from "./report-range";
import { BUDGETED_CLOCKS, budgetSecondsFor, CLOCKS, incidentClocks, isReRollback, mitigationOf, mitigationSucceeded, withinBudget, type ClockName, type IncidentFacts } from "./incident-facts";
import { MITIGATION_KINDS } from "./mitigation";
import { percentileCont, ratio, roundSeconds } from "./percentiles";
import type { ClockPercentiles, ClockSummary, DrillSummary, MitigationOutcome, OpenItems, OverTimeBucket, Report } from "./report";

export type DrillFacts = { status: string; startedAt: Date; finishedAt: Date | null };
export type ActionItemFacts = { status: "open" | "in_progress" | "done" | "wont_do"; dueAt: Date | null };
export type ChecklistItemFacts = { dueAt: Date | null; doneAt: Date | null; notApplicable: boolean };

export type ReportFacts = {
  range: ReportRange;
  now: Date;
  /** The incidents detected in the range that the reader may see, already filtered by service and severity. */
  incidents: readonly IncidentFacts[];
  drills: readonly DrillFacts[];
  actionItems: readonly ActionItemFacts[];
  checklistItems: readonly ChecklistItemFacts[];
};

/** The whole report from plain facts: the reference the SQL path is tested against. */
export function buildReport(facts: ReportFacts): Report {
  const clocked = facts.incidents.map((incident) => ({ incident, clocks: incidentClocks(incident), budget: budgetSecondsFor(incident) }));
  const open = facts.incidents.filter((incident) => isOpen(incident.status)).length;
  return {
    range: { from: facts.range.from.toISOString(), to: facts.range.to.toISOString(), bucket: facts.range.bucket },
    totals: { incidents: facts.incidents.length, open, resolved: facts.incidents.length - open },
    clocks: Object.fromEntries(CLOCKS.map((clock) => [clock, summarizeClock(clock, clocked)])) as Record<ClockName, ClockSummary>,
    overTime: overTime(facts.range, clocked),
    mitigations: mitigationOutcomes(facts.incidents),
    drills: summarizeDrills(facts.drills),
    actionItems: openActionItems(facts.actionItems, facts.now),
    checklistItems: openChecklistItems(facts.checklistItems, facts.now),
  };
}

type Clocked = { incident: IncidentFacts; clocks: Record<ClockName, number | null>; budget: number | null };

function summarizeClock(clock: ClockName, clocked: readonly Clocked[]): ClockSummary {
  const values = clocked.map((entry) => entry.clocks[clock]).filter((value): value is number => value !== null);
  const judged = BUDGETED_CLOCKS.includes(clock) ? clocked.map((entry) => withinBudget(entry.clocks[clock], entry.budget)).filter((value) => value !== null) : [];
  const within = judged.filter(Boolean).length;
  return {
    measured: values.length,
    notReached: clocked.length - values.length,
    ...percentiles(values),
    budgeted: judged.length,
    withinBudget: within,
    shareWithinBudget: ratio(within, judged.length),
  };
}

function percentiles(values: readonly number[]): ClockPercentiles {
  return { p50: roundSeconds(percentileCont(values, 0.5)), p90: roundSeconds(percentileCont(values, 0.9)) };
}

function emptyCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
}

function overTime(range: ReportRange, clocked: readonly Clocked[]): OverTimeBucket[] {
  return bucketStarts(range).map((start) => {
    const inBucket = clocked.filter((entry) => bucketStart(entry.incident.detectedAt, range.bucket).getTime() === start.getTime());
    const counts = emptyCounts();
    for (const entry of inBucket) counts[entry.incident.severity] += 1;
    const clocks = Object.fromEntries(
      CLOCKS.map((clock) => [clock, percentiles(inBucket.map((entry) => entry.clocks[clock]).filter((value): value is number => value !== null))]),
    ) as Record<ClockName, ClockPercentiles>;
    return { start: start.toISOString(), counts, total: inBucket.length, clocks };
  });
}

/** One row per mitigation kind that occurred, in MITIGATION_KINDS order. */
export function mitigationOutcomes(incidents: readonly IncidentFacts[]): MitigationOutcome[] {
  return MITIGATION_KINDS.flatMap((kind) => {
    const ofKind = incidents.filter((incident) => mitigationOf(incident) === kind);
    if (ofKind.length === 0) return [];
    const succeeded = ofKind.filter(mitigationSucceeded).length;
    return [{ kind, incidents: ofKind.length, succeeded, reRollbacks: ofKind.filter(isReRollback).length, successRate: ratio(succeeded, ofKind.length) }];
  });
}

/** Drill durations count finished drills only: a drill still running has no duration yet. */
export function summarizeDrills(drills: readonly DrillFacts[]): DrillSummary {
  const durations = drills.filter((drill) => drill.finishedAt !== null).map((drill) => Math.max(0, ((drill.finishedAt as Date).getTime() - drill.startedAt.getTime()) / 1000));
  return {
    count: drills.length,
    finished: durations.length,
    succeeded: drills.filter((drill) => drill.status === "succeeded").length,
    ...percentiles(durations),
  };
}

export function openActionItems(items: readonly ActionItemFacts[], now: Date): OpenItems {
  const open = items.filter((item) => item.status === "open" || item.status === "in_progress");
  return { open: open.length, overdue: open.filter((item) => item.dueAt !== null && item.dueAt < now).length };
}

/** Only items with a due time count: the post-rollback groups. Done and not-applicable items are settled. */
export function openChecklistItems(items: readonly ChecklistItemFacts[], now: Date): OpenItems {
  const open = items.filter((item) => item.dueAt !== null && item.doneAt === null && !item.notApplicable);
  return { open: open.length, overdue: open.filter((item) => (item.dueAt as Date) < now).length };
}
