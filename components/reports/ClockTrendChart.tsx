"use client";

import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { useChartPalette } from "@/components/health/useChartPalette";
import { formatBucket, formatDuration, formatShare } from "@/lib/client/report-format";
import type { Report } from "@/lib/client/schemas/reports";
import { DECISION_MATRIX } from "@/lib/domain/decisions/decision-matrix";
import type { Severity } from "@/lib/domain/incidents/lifecycle";
import { BUDGETED_CLOCKS, CLOCK_LABELS, CLOCKS, type ClockName } from "@/lib/domain/reports/incident-facts";
import { ChartFigure } from "./ChartFigure";
import { SEVERITY_COLOURS, SEVERITY_NAMES } from "./report-colours";

/** One budget line per severity that has one (critical 5, high 15, medium 30 min), or the filtered severity's only. */
function budgetLines(severity: Severity | undefined) {
  const seen = new Set<Severity>();
  return DECISION_MATRIX.filter((row) => row.budgetMinutes !== null && (!severity || row.severity === severity) && !seen.has(row.severity) && seen.add(row.severity)).map((row) => ({
    severity: row.severity,
    minutes: row.budgetMinutes as number,
  }));
}

export function ClockTrendChart({ report, severity }: { report: Report; severity?: Severity }) {
  const palette = useChartPalette();
  const selectId = useId();
  const [clock, setClock] = useState<ClockName>("timeToRollback");
  const unit = report.range.bucket;
  const summary = report.clocks[clock];
  const budgeted = BUDGETED_CLOCKS.includes(clock);
  const toMinutes = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
  const data = report.overTime.map((bucket) => ({ label: formatBucket(bucket.start, unit), p50: toMinutes(bucket.clocks[clock].p50), p90: toMinutes(bucket.clocks[clock].p90) }));
  return (
    <ChartFigure
      title={`${CLOCK_LABELS[clock]} trend`}
      testId="chart-clock-trend"
      summary={
        <>
          <label htmlFor={selectId} className="mr-2">
            Clock
          </label>
          <select id={selectId} value={clock} onChange={(event) => setClock(event.target.value as ClockName)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100">
            {CLOCKS.map((option) => (
              <option key={option} value={option}>
                {CLOCK_LABELS[option]}
              </option>
            ))}
          </select>
          <span className="ml-2">
            p50 {formatDuration(summary.p50)}, p90 {formatDuration(summary.p90)}
            {budgeted ? `; ${formatShare(summary.shareWithinBudget)} within budget (${summary.withinBudget} of ${summary.budgeted})` : ""}. Minutes from detection.
          </span>
        </>
      }
      chart={
        <LineChart responsive accessibilityLayer={false} style={{ width: "100%", height: 260 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} minTickGap={12} />
          <YAxis tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} width={40} unit="m" />
          <Tooltip isAnimationActive={false} formatter={(value) => `${String(value)} min`} contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12, borderRadius: 6 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="p50" name="p50" stroke={palette.series[0]} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="p90" name="p90" stroke={palette.series[1]} strokeWidth={2} strokeDasharray="5 3" dot={false} connectNulls isAnimationActive={false} />
          {budgeted &&
            budgetLines(severity).map((line) => (
              <ReferenceLine key={line.severity} y={line.minutes} ifOverflow="extendDomain" stroke={SEVERITY_COLOURS[line.severity]} strokeDasharray="2 4" label={{ value: `${SEVERITY_NAMES[line.severity]} budget ${line.minutes} min`, position: "insideTopLeft", fill: SEVERITY_COLOURS[line.severity], fontSize: 11 }} />
            ))}
        </LineChart>
      }
      table={{
        caption: `${CLOCK_LABELS[clock]} p50 and p90 per period, in minutes`,
        head: [unit === "week" ? "Week of" : "Month", "p50 (min)", "p90 (min)"],
        rows: data.map((row) => [row.label, row.p50 ?? "—", row.p90 ?? "—"]),
      }}
    />
  );
}
