import type { Severity } from "../incidents/lifecycle";
import type { BucketUnit } from "./report-range";
import type { ClockName } from "./incident-facts";
import type { MitigationKind } from "./mitigation";

/** One clock over the incidents of a report. Seconds. */
export type ClockSummary = {
  /** Incidents whose clock stopped. */
  measured: number;
  /** Incidents whose clock never stopped: never decided, never rolled back, not yet restored, still open. */
  notReached: number;
  p50: number | null;
  p90: number | null;
  /** Measured incidents that have a budget, and those of them within it (budgeted clocks only). */
  budgeted: number;
  withinBudget: number;
  shareWithinBudget: number | null;
};

export type ClockPercentiles = { p50: number | null; p90: number | null };

export type OverTimeBucket = {
  start: string;
  counts: Record<Severity, number>;
  total: number;
  clocks: Record<ClockName, ClockPercentiles>;
};

export type MitigationOutcome = { kind: MitigationKind; incidents: number; succeeded: number; reRollbacks: number; successRate: number | null };

export type DrillSummary = { count: number; finished: number; succeeded: number; p50: number | null; p90: number | null };

export type OpenItems = { open: number; overdue: number };

/** docs/metrics.md defines every figure. */
export type Report = {
  range: { from: string; to: string; bucket: BucketUnit };
  totals: { incidents: number; open: number; resolved: number };
  clocks: Record<ClockName, ClockSummary>;
  overTime: OverTimeBucket[];
  mitigations: MitigationOutcome[];
  drills: DrillSummary;
  actionItems: OpenItems;
  checklistItems: OpenItems;
};
