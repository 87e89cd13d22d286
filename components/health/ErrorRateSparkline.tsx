"use client";

import { Line, LineChart, YAxis } from "recharts";
import type { HealthTile } from "@/lib/client/schemas/health";
import { formatPercent } from "./health-format";
import { useChartPalette } from "./useChartPalette";

/** A tile's last 15 minutes of error rate: a picture with its gist in words (peak and now). */
export function ErrorRateSparkline({ points, serviceName }: { points: HealthTile["sparkline"]; serviceName: string }) {
  const palette = useChartPalette();
  const data = points.map((point) => ({ t: Date.parse(point.at), v: point.errorRate === null ? null : point.errorRate * 100 }));
  const values = data.flatMap((point) => (point.v === null ? [] : [point.v]));
  const label =
    values.length === 0
      ? `${serviceName}: no error-rate figures in the last 15 minutes`
      : `${serviceName} error rate, last 15 minutes: peak ${formatPercent(Math.max(...values))}, latest ${formatPercent(values.at(-1) ?? null)}`;

  return (
    <div role="img" aria-label={label} className="h-10">
      {values.length > 0 && (
        <LineChart responsive accessibilityLayer={false} data={data} style={{ width: "100%", height: 40 }} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
          <YAxis hide domain={[0, (max: number) => Math.max(1, max)]} />
          <Line dataKey="v" type="linear" stroke={palette.series[0]} strokeWidth={1.5} dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      )}
    </div>
  );
}
