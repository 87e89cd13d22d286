"use client";

import Link from "next/link";
import { DataTable, TD_CLASSES } from "@/components/ui/DataTable";
import { formatAge } from "@/lib/client/durations";
import { formatDateTime } from "@/lib/client/format";
import type { Incident } from "@/lib/client/schemas/incidents";
import { useNow } from "@/lib/client/use-now";
import { PrivateBadge, SeverityBadge, StatusBadge } from "./IncidentBadges";

const COLUMNS = ["Incident", "Severity", "Status", "Services", "Commander", "Age"];

export function IncidentsTable({ incidents, caption }: { incidents: readonly Incident[]; caption: string }) {
  // Ages only need to move about twice a minute.
  const now = useNow(30_000);
  return (
    <DataTable label="Incidents" caption={caption} columns={COLUMNS}>
      {incidents.map((incident) => (
        <tr key={incident.id}>
          <td className={`${TD_CLASSES} min-w-56`}>
            <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{incident.key}</span>
            {/* Titles come from people and alerts: React renders them as text, never as HTML. */}
            <Link href={`/incidents/${incident.key}`} className="font-medium break-words text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
              {incident.title}
            </Link>
            {incident.private && (
              <span className="ml-2 align-middle">
                <PrivateBadge />
              </span>
            )}
          </td>
          <td className={TD_CLASSES}>
            <SeverityBadge severity={incident.severity} />
          </td>
          <td className={TD_CLASSES}>
            <StatusBadge status={incident.status} />
          </td>
          <td className={`${TD_CLASSES} min-w-32`}>{incident.services.map((service) => service.name).join(", ") || "None"}</td>
          <td className={TD_CLASSES}>{incident.commander?.name ?? "Unassigned"}</td>
          <td className={`${TD_CLASSES} whitespace-nowrap`}>
            <time dateTime={incident.detectedAt} title={`Detected ${formatDateTime(incident.detectedAt)}`}>
              {formatAge(incident.detectedAt, now)}
            </time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
