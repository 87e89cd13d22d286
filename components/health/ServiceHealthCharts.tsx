"use client";

import type { HealthMarker } from "@/lib/client/schemas/health";
import { ChartPanel } from "./ChartPanel";
import { formatMs, formatPercent, formatRequestRate } from "./health-format";
import type { HealthFigures } from "./health-figures";
import { MetricChart } from "./MetricChart";

const CHART_HEIGHT = 200;

/**
 * The service page's four charts. The error-rate panel carries the figures
 * the end-to-end tests read: data-latest (percent, one decimal) and
 * data-threshold (percent).
 */
export function ServiceHealthCharts({ figures, markers }: { figures: HealthFigures; markers: readonly HealthMarker[] }) {
  const { domain, errorRate, p95, requestRate, availability } = figures;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartPanel
        id="chart-error-rate"
        title="Error rate (%)"
        latest={formatPercent(errorRate.latest?.v ?? null)}
        summary={errorRate.summary}
        series={errorRate.series}
        data={{
          "data-testid": "chart-error-rate",
          "data-latest": errorRate.latest?.v == null ? undefined : errorRate.latest.v.toFixed(1),
          "data-threshold": errorRate.thresholdPercent,
        }}
      >
        <MetricChart
          series={errorRate.series}
          domain={domain}
          formatValue={(value) => formatPercent(value)}
          references={errorRate.references}
          markers={markers}
          height={CHART_HEIGHT}
        />
      </ChartPanel>
      <ChartPanel
        id="chart-p95"
        title="p95 latency (ms)"
        latest={formatMs(p95.latest?.v ?? null)}
        summary={p95.summary}
        series={p95.series}
        data={{ "data-testid": "chart-p95" }}
      >
        <MetricChart series={p95.series} domain={domain} formatValue={(value) => formatMs(value)} references={p95.references} markers={markers} height={CHART_HEIGHT} />
      </ChartPanel>
      <ChartPanel
        id="chart-request-rate"
        title="Request rate (req/s)"
        latest={formatRequestRate(requestRate.latest?.v ?? null)}
        summary={requestRate.summary}
        series={requestRate.series}
        data={{ "data-testid": "chart-request-rate" }}
      >
        <MetricChart series={requestRate.series} domain={domain} formatValue={(value) => formatRequestRate(value)} markers={markers} height={CHART_HEIGHT} />
      </ChartPanel>
      <ChartPanel
        id="chart-availability"
        title="Availability (%)"
        latest={formatPercent(availability.overallPercent)}
        summary={availability.summary}
        series={availability.series}
        data={{ "data-testid": "chart-availability" }}
      >
        <MetricChart
          series={availability.series}
          domain={domain}
          yDomain={[0, 100]}
          formatValue={(value) => formatPercent(value)}
          markers={markers}
          height={CHART_HEIGHT}
        />
      </ChartPanel>
    </div>
  );
}
