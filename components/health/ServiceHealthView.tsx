"use client";

import Link from "next/link";
import { useMemo } from "react";
import { LiveIndicator } from "@/components/shell/LiveIndicator";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClasses } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { Spinner } from "@/components/ui/Spinner";
import { useLiveServiceHealth } from "@/lib/client/realtime/useLiveServiceHealth";
import type { HealthRange } from "@/lib/domain/health/health-ranges";
import { FailingSourcesAlert } from "./FailingSourcesAlert";
import { healthFigures, RANGE_LABELS } from "./health-figures";
import { HealthStatusBadge } from "./HealthStatusBadge";
import { MarkerList } from "./MarkerList";
import { ServiceHealthCharts } from "./ServiceHealthCharts";
import { SignalBanner } from "./SignalBanner";
import { TimeRangeControl } from "./TimeRangeControl";

type ServiceHealthViewProps = {
  serviceRef: string;
  serviceId: string;
  range: HealthRange;
  onRangeChange: (range: HealthRange) => void;
  canManage: boolean;
};

export function ServiceHealthView({ serviceRef, serviceId, range, onRangeChange, canManage }: ServiceHealthViewProps) {
  const { query, health, nowMs, joinError } = useLiveServiceHealth(serviceRef, serviceId, range);
  const figures = useMemo(() => (health ? healthFigures(health, nowMs) : null), [health, nowMs]);
  if (!health || !figures) return null;

  const settingsHref = `/services/${encodeURIComponent(health.service.slug)}/settings`;
  const loadingRange = query.isPlaceholderData;

  return (
    <>
      <header className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900 dark:text-white">{health.service.name}</h1>
            <HealthStatusBadge status={health.status} size="md" />
          </div>
          <dl className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            <div className="flex gap-1">
              <dt>Version</dt>
              <dd className="font-mono font-medium text-slate-900 dark:text-slate-100">{health.currentVersion ?? "unknown"}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Slug</dt>
              <dd className="font-mono">{health.service.slug}</dd>
            </div>
          </dl>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-3">
          <LiveIndicator />
          {canManage && (
            <Link href={settingsHref} className={buttonClasses("secondary", "sm")}>
              Health settings
            </Link>
          )}
        </div>
      </header>

      <div className="flex flex-col gap-4">
        {joinError && (
          <Alert tone="warning" title="Live updates are off">
            <p>{joinError}</p>
            <p className="mt-1">The charts show what was loaded; reload the page to try again.</p>
          </Alert>
        )}
        <SignalBanner signals={health.signals} newSignalIds={health.newSignalIds} />
        <FailingSourcesAlert sources={health.sources} />
        {health.sources.length === 0 && (
          <Alert tone="info" title="No health sources yet">
            {canManage ? (
              <p>
                Add an HTTP probe, a /metrics scrape or a Prometheus query in the{" "}
                <Link href={settingsHref} className="font-medium underline">
                  health settings
                </Link>{" "}
                and the charts fill in within seconds.
              </p>
            ) : (
              <p>An admin adds the probes or metrics Rewind watches for this service; until then the charts stay empty.</p>
            )}
          </Alert>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <TimeRangeControl range={range} onChange={onRangeChange} />
          <p role="status" className="inline-flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {loadingRange ? (
              <>
                <Spinner /> Loading the last {RANGE_LABELS[range]}…
              </>
            ) : health.resolution === "minute" ? (
              "Per-minute figures, refreshed every minute"
            ) : null}
          </p>
        </div>
        {query.isRefetchError && (
          <ErrorAlert
            error={query.error}
            actions={
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                Try again
              </Button>
            }
          />
        )}
        <ServiceHealthCharts figures={figures} markers={health.markers} />
        <MarkerList markers={health.markers} />
      </div>
    </>
  );
}
