"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { HealthMarker } from "@/lib/client/schemas/health";
import type { ChartSeries } from "@/lib/client/realtime/health-chart-series";
import { formatAxisNumber, formatClock, formatTick, timeTicks } from "./health-format";
import { useChartPalette } from "./useChartPalette";

/** A horizontal line: a threshold (solid) or the baseline it is measured from (dashed). */
export type ChartReference = { value: number; label: string; kind: "threshold" | "baseline" };

type MetricChartProps = {
  series: readonly ChartSeries[];
  /** The time axis, ms since the epoch: the selected range up to now. */
  domain: readonly [number, number];
  /** The value axis; "auto" lets the data (and the reference lines) set the top. */
  yDomain?: readonly [number, number | "auto"];
  /** A value in the tooltip, with its unit. */
  formatValue: (value: number) => string;
  references?: readonly ChartReference[];
  markers?: readonly HealthMarker[];
  /** The small charts: fewer time ticks, no marker or baseline labels (they would cover the lines). */
  compact?: boolean;
  height: number;
};

/**
 * A time series chart. Not animated, so a chart that updates every second
 * holds still; the parent gives it its accessible name and text summary.
 */
export function MetricChart({ series, domain, yDomain = [0, "auto"], formatValue, references = [], markers = [], compact = false, height }: MetricChartProps) {
  const palette = useChartPalette();
  const span = domain[1] - domain[0];
  const tick = { fill: palette.axis, fontSize: 11 };
  const labelled = compact ? new Set<HealthMarker>() : spacedOut(markers, span / 8);

  return (
    <LineChart responsive accessibilityLayer={false} style={{ width: "100%", height }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid stroke={palette.grid} vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[domain[0], domain[1]]}
        allowDataOverflow
        ticks={timeTicks(domain[0], domain[1], compact ? 3 : 6)}
        tickFormatter={(value: number) => formatTick(value, span)}
        tick={tick}
        stroke={palette.grid}
        minTickGap={16}
      />
      <YAxis domain={[yDomain[0], yDomain[1]]} tickFormatter={(value: number) => formatAxisNumber(value)} tick={tick} stroke={palette.grid} width={36} />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(value) => (typeof value === "number" ? formatClock(value) : String(value))}
        formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))}
        contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12, borderRadius: 6 }}
        labelStyle={{ color: palette.tooltipText }}
      />
      {references.map((reference) => (
        <ReferenceLine
          key={`${reference.kind}-${reference.label}`}
          y={reference.value}
          ifOverflow="extendDomain"
          stroke={reference.kind === "threshold" ? palette.threshold : palette.baseline}
          strokeWidth={reference.kind === "threshold" ? 1.5 : 1}
          strokeDasharray={reference.kind === "baseline" ? "5 4" : undefined}
          label={
            compact && reference.kind === "baseline"
              ? undefined
              : { value: reference.label, position: reference.kind === "threshold" ? "insideBottomLeft" : "insideTopLeft", fill: reference.kind === "threshold" ? palette.threshold : palette.baseline, fontSize: compact ? 10 : 11 }
          }
        />
      ))}
      {markers.map((marker) => (
        <ReferenceLine
          key={`${marker.kind}-${marker.at}-${marker.label}`}
          x={Date.parse(marker.at)}
          ifOverflow="hidden"
          stroke={palette.markers[marker.kind]}
          strokeDasharray="3 3"
          label={labelled.has(marker) ? { value: marker.label, position: "insideTopRight", fill: palette.markers[marker.kind], fontSize: 10 } : undefined}
        />
      ))}
      {series.map((entry, index) => (
        <Line
          key={entry.key}
          data={entry.points}
          dataKey="v"
          name={entry.name}
          type="linear"
          stroke={palette.series[index % palette.series.length]}
          strokeWidth={2}
          dot={false}
          activeDot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** The markers to label, newest first, each at least `minGapMs` from the next labelled one, so labels never pile up (the list under the charts names them all). */
function spacedOut(markers: readonly HealthMarker[], minGapMs: number): Set<HealthMarker> {
  const labelled = new Set<HealthMarker>();
  let lastMs = Number.POSITIVE_INFINITY;
  for (const marker of [...markers].sort((a, b) => b.at.localeCompare(a.at))) {
    const atMs = Date.parse(marker.at);
    if (lastMs - atMs < minGapMs) continue;
    labelled.add(marker);
    lastMs = atMs;
  }
  return labelled;
}
