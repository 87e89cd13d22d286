"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useChartPalette } from "@/components/health/useChartPalette";
import { formatShare } from "@/lib/client/report-format";
import type { Report } from "@/lib/client/schemas/reports";
import { MITIGATION_LABELS } from "@/lib/domain/reports/mitigation";
import { ChartFigure } from "./ChartFigure";

/** Per mitigation: first-run successes, failures and re-rollbacks, side by side. */
const OUTCOME_ORDER = ["succeeded", "failed", "reRollbacks"];

export function MitigationChart({ report }: { report: Report }) {
  const palette = useChartPalette();
  const data = report.mitigations.map((row) => ({ label: MITIGATION_LABELS[row.kind], succeeded: row.succeeded, failed: row.incidents - row.succeeded, reRollbacks: row.reRollbacks }));
  const total = report.mitigations.reduce((sum, row) => sum + row.incidents, 0);
  const succeeded = report.mitigations.reduce((sum, row) => sum + row.succeeded, 0);
  return (
    <ChartFigure
      title="Rollback success by mitigation"
      testId="chart-mitigations"
      summary={total === 0 ? "No incident in this range was mitigated." : `${formatShare(succeeded / total)} of ${total} mitigated incidents succeeded at the first attempt.`}
      chart={
        <BarChart responsive accessibilityLayer={false} style={{ width: "100%", height: 240 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} />
          <YAxis allowDecimals={false} tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.grid} width={32} />
          <Tooltip isAnimationActive={false} contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12, borderRadius: 6 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => OUTCOME_ORDER.indexOf(String(item.dataKey))} />
          <Bar dataKey="succeeded" name="Succeeded" fill="#16a34a" isAnimationActive={false} />
          <Bar dataKey="failed" name="Did not succeed" fill="#dc2626" isAnimationActive={false} />
          <Bar dataKey="reRollbacks" name="Re-rollbacks" fill={palette.series[0]} isAnimationActive={false} />
        </BarChart>
      }
      table={{
        caption: "Mitigation outcomes",
        head: ["Mitigation", "Incidents", "Succeeded", "Success rate", "Re-rollbacks"],
        rows: report.mitigations.map((row) => [MITIGATION_LABELS[row.kind], row.incidents, row.succeeded, formatShare(row.successRate), row.reRollbacks]),
      }}
    />
  );
}
