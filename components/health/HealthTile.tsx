"use client";

import Link from "next/link";
import type { HealthTile as HealthTileData } from "@/lib/client/schemas/health";
import { useLiveHealthTile } from "@/lib/client/realtime/useLiveHealthTile";
import { ErrorRateSparkline } from "./ErrorRateSparkline";
import { formatErrorRate, formatMs, formatPercent } from "./health-format";
import { HealthStatusBadge } from "./HealthStatusBadge";
import { SIGNAL_KIND_LABELS } from "./SignalBanner";

const STATUS_BORDERS = {
  healthy: "border-slate-200 dark:border-slate-800",
  degraded: "border-amber-400 dark:border-amber-600",
  down: "border-red-500 dark:border-red-500",
  unknown: "border-slate-200 dark:border-slate-800",
} as const;

/**
 * One service on the overview: status, latest figures and the error rate's
 * last 15 minutes; the whole tile opens the service's page.
 * `fetchedAt` is when the overview arrived, so older pushes do not win.
 */
export function HealthTile({ tile: fetched, fetchedAt }: { tile: HealthTileData; fetchedAt: number }) {
  const tile = useLiveHealthTile(fetched, fetchedAt);
  const href = `/services/${encodeURIComponent(tile.service.slug)}`;

  return (
    <li
      data-testid="health-tile"
      data-service={tile.service.slug}
      className={`relative flex min-w-0 flex-col gap-3 rounded-lg border-2 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 hover:shadow-md dark:bg-slate-900 ${STATUS_BORDERS[tile.status]}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold break-words text-slate-900 dark:text-white">
            {/* The link's ::after covers the tile, so a tap anywhere opens the service. */}
            <Link href={href} className="outline-none after:absolute after:inset-0 after:content-['']">
              {tile.service.name}
            </Link>
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {tile.service.team} · {tile.service.environment}
          </p>
        </div>
        <HealthStatusBadge status={tile.status} />
      </div>

      {tile.openSignals.length > 0 && (
        <ul
          aria-label={`${tile.service.name}: open signals`}
          className="flex flex-col gap-1 rounded-md bg-red-50 px-3 py-2 text-xs text-red-950 dark:bg-red-950 dark:text-red-100"
        >
          {tile.openSignals.map((signal) => (
            <li key={signal.id}>
              <span className="font-semibold">{SIGNAL_KIND_LABELS[signal.kind]}:</span> {signal.message}
              {signal.incident && (
                <>
                  {" "}
                  <Link href={`/incidents/${signal.incident.key}`} className="relative z-10 font-medium underline">
                    {signal.incident.key}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <Figure label="Error rate" value={formatErrorRate(tile.errorRate)} />
        <Figure label="p95" value={formatMs(tile.p95Ms)} />
        <Figure label="Availability" value={formatPercent(tile.availabilityPercent)} />
        <Figure label="Version" value={tile.currentVersion ?? "—"} mono />
      </dl>
      <ErrorRateSparkline points={tile.sparkline} serviceName={tile.service.name} />
    </li>
  );
}

function Figure({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`truncate font-semibold text-slate-900 tabular-nums dark:text-white ${mono ? "font-mono text-xs leading-5" : ""}`} title={value}>
        {value}
      </dd>
    </div>
  );
}
