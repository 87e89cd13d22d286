"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useChartPalette } from "@/components/health/useChartPalette";
import { formatBucket } from "@/lib/client/report-format";
import type { Report } from "@/lib/client/schemas/reports";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import { ChartFigure } from "./ChartFigure";
import { SEVERITY_COLOURS, SEVERITY_NAMES } from "./report-colours";

export function IncidentsOverTimeChart({ report }: { report: Report }) {
  const palette = useChartPalette();
  const unit = report.range.bucket;
  const data = report.overTime.map((bucket) => ({ label: formatBucket(bucket.start, unit), ...bucket.counts }));
  const busiest = report.overTime.reduce((best, bucket) => (bucket.total > (best?.total ?? -1) ? bucket : best), report.overTime[0]);
  return (
    <ChartFigure
      title="Incidents over time"
      testId="chart-incidents-over-time"
      summary={`${report.totals.incidents} incidents by ${unit}${busiest && busiest.total > 0 ? `; the busiest ${unit} (${formatBucket(busiest.start, unit)}) had ${busiest.total}` : ""}.`}
      chart={
        <BarChart responsive accessibilityLayer={false} style={{ width: "100%", height: 260 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} width={32} />
          <Tooltip isAnimationActive={false} contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12, borderRadius: 6 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => SEVERITIES.indexOf(item.dataKey as Severity)} />
          {SEVERITIES.map((severity) => (
            <Bar key={severity} dataKey={severity} name={SEVERITY_NAMES[severity]} stackId="severity" fill={SEVERITY_COLOURS[severity]} isAnimationActive={false} />
          ))}
        </BarChart>
      }
      table={{
        caption: "Incidents per period by severity",
        head: [unit === "week" ? "Week of" : "Month", ...SEVERITIES.map((severity) => SEVERITY_NAMES[severity]), "Total"],
        rows: report.overTime.map((bucket) => [formatBucket(bucket.start, unit), ...SEVERITIES.map((severity) => bucket.counts[severity]), bucket.total]),
      }}
    />
  );
}
