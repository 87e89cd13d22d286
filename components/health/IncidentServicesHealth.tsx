"use client";

import Link from "next/link";
import { useMemo } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { LoadingState } from "@/components/ui/LoadingState";
import { useLiveServiceHealth } from "@/lib/client/realtime/useLiveServiceHealth";
import { ChartPanel } from "./ChartPanel";
import { healthFigures } from "./health-figures";
import { formatMs, formatPercent } from "./health-format";
import { HealthStatusBadge } from "./HealthStatusBadge";
import { MetricChart } from "./MetricChart";

type IncidentService = { id: string; slug: string; name: string };

const MINI_CHART_HEIGHT = 110;

/**
 * The incident page's view of its services: the last 15 minutes of error
 * rate and p95 for each, live, so the commander sees whether the rollback
 * worked without leaving the incident.
 */
export function IncidentServicesHealth({ services }: { services: readonly IncidentService[] }) {
  if (services.length === 0) return null;
  return (
    <section aria-labelledby="incident-services-health-heading" className="flex flex-col gap-3">
      <h2 id="incident-services-health-heading" className="text-base font-semibold text-slate-900 dark:text-white">
        Live health of the affected {services.length === 1 ? "service" : "services"}
      </h2>
      <div className="flex flex-col gap-4">
        {services.map((service) => (
          <ServiceHealthMiniPanel key={service.id} service={service} />
        ))}
      </div>
    </section>
  );
}

function ServiceHealthMiniPanel({ service }: { service: IncidentService }) {
  const { query, health, nowMs } = useLiveServiceHealth(service.id, service.id, "15m");
  const figures = useMemo(() => (health ? healthFigures(health, nowMs) : null), [health, nowMs]);
  const idPrefix = `incident-health-${service.id}`;
  const openSignals = health?.signals.filter((signal) => signal.clearedAt === null) ?? [];

  return (
    <article
      aria-labelledby={`${idPrefix}-name`}
      data-testid="incident-service-health"
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${idPrefix}-name`} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900 dark:text-white">
          {service.name}
          {health && <HealthStatusBadge status={health.status} />}
        </h3>
        <Link href={`/services/${encodeURIComponent(service.slug)}`} className="text-sm font-medium text-indigo-800 underline dark:text-indigo-300">
          Open {service.name}’s health
        </Link>
      </div>
      {openSignals.length > 0 && (
        <p className="mb-3 rounded-md bg-red-50 px-3 py-2 text-xs text-red-950 dark:bg-red-950 dark:text-red-100">
          {openSignals.map((signal) => signal.message).join(" · ")}
        </p>
      )}
      {query.isPending ? (
        <LoadingState label={`Loading ${service.name}’s health…`} />
      ) : query.isLoadingError ? (
        <ErrorAlert error={query.error} />
      ) : (
        figures && (
          <div className="grid gap-3 sm:grid-cols-2">
            <ChartPanel
              id={`${idPrefix}-error-rate`}
              title="Error rate (%)"
              latest={formatPercent(figures.errorRate.latest?.v ?? null)}
              summary={figures.errorRate.summary}
              series={figures.errorRate.series}
              compact
              data={{
                "data-testid": "mini-chart-error-rate",
                "data-latest": figures.errorRate.latest?.v == null ? undefined : figures.errorRate.latest.v.toFixed(1),
                "data-threshold": figures.errorRate.thresholdPercent,
              }}
            >
              <MetricChart
                series={figures.errorRate.series}
                domain={figures.domain}
                formatValue={(value) => formatPercent(value)}
                references={figures.errorRate.references}
                markers={health?.markers}
                compact
                height={MINI_CHART_HEIGHT}
              />
            </ChartPanel>
            <ChartPanel
              id={`${idPrefix}-p95`}
              title="p95 latency (ms)"
              latest={formatMs(figures.p95.latest?.v ?? null)}
              summary={figures.p95.summary}
              series={figures.p95.series}
              compact
              data={{ "data-testid": "mini-chart-p95" }}
            >
              <MetricChart
                series={figures.p95.series}
                domain={figures.domain}
                formatValue={(value) => formatMs(value)}
                references={figures.p95.references}
                markers={health?.markers}
                compact
                height={MINI_CHART_HEIGHT}
              />
            </ChartPanel>
          </div>
        )
      )}
    </article>
  );
}
