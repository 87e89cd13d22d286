import { formatDateTime } from "@/lib/client/format";
import type { Incident } from "@/lib/client/schemas/incidents";
import { MITIGATION_LABELS } from "@/lib/domain/reports/mitigation";
import { PrivateBadge, SeverityBadge, StatusBadge } from "../IncidentBadges";
import { StatusTransitions } from "./StatusTransitions";

export function IncidentHeader({ incidentRef, incident, canCommand }: { incidentRef: string; incident: Incident; canCommand: boolean }) {
  return (
    <header className="mb-6 flex flex-col gap-3">
      <p className="font-mono text-sm font-medium text-slate-600 dark:text-slate-400">{incident.key}</p>
      {/* Titles may contain markup from alerts or people; React renders it as text. */}
      <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900 dark:text-white">{incident.title}</h1>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={incident.severity} />
        <StatusBadge status={incident.status} />
        {incident.private && <PrivateBadge />}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-slate-600 dark:text-slate-400">Services</dt>
        <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{incident.services.map((service) => service.name).join(", ") || "None"}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Commander</dt>
        <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{incident.commander?.name ?? "Unassigned"}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Mitigation</dt>
        <dd className="text-slate-900 dark:text-slate-100">{incident.mitigation ? MITIGATION_LABELS[incident.mitigation] : "Not set"}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Detected</dt>
        <dd className="text-slate-900 dark:text-slate-100">
          <time dateTime={incident.detectedAt}>{formatDateTime(incident.detectedAt)}</time>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Declared</dt>
        <dd className="text-slate-900 dark:text-slate-100">
          <time dateTime={incident.declaredAt}>{formatDateTime(incident.declaredAt)}</time>
        </dd>
      </dl>
      {incident.summary && <p className="max-w-3xl text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">{incident.summary}</p>}
      {canCommand && <StatusTransitions incidentRef={incidentRef} incident={incident} />}
    </header>
  );
}
