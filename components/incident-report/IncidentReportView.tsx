"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { useIncidentReportQuery } from "@/lib/client/queries/reports";
import { formatDuration } from "@/lib/client/report-format";
import type { IncidentReport } from "@/lib/client/schemas/incident-report";
import { CLOCK_LABELS } from "@/lib/domain/reports/incident-facts";
import { MITIGATION_LABELS } from "@/lib/domain/reports/mitigation";

const PRINT_ROOT_ID = "incident-report-print";

/** Only the report is printed, black on white whatever the theme; the browser's "Save as PDF" makes the PDF. */
const PRINT_STYLESHEET = `
@media print {
  @page { margin: 16mm; }
  body * { visibility: hidden; }
  #${PRINT_ROOT_ID}, #${PRINT_ROOT_ID} * { visibility: visible; color: #000 !important; background: #fff !important; }
  #${PRINT_ROOT_ID} { position: absolute; inset: 0 auto auto 0; width: 100%; }
  #${PRINT_ROOT_ID} [data-print-hidden] { display: none; }
  #${PRINT_ROOT_ID} table, #${PRINT_ROOT_ID} li { break-inside: avoid; }
  #${PRINT_ROOT_ID} h2 { break-after: avoid; }
}`;

export function IncidentReportView({ incidentRef }: { incidentRef: string }) {
  const query = useIncidentReportQuery(incidentRef);
  if (query.isPending) return <LoadingState label="Loading the incident report…" />;
  if (query.isLoadingError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          No incident with this id.{" "}
          <Link href="/incidents" className="font-medium text-indigo-800 underline dark:text-indigo-300">
            Back to incidents
          </Link>
        </p>
      );
    }
    return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ReportDocument report={query.data.incidentReport} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="mt-6">
      <h2 className="border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900 dark:border-slate-700 dark:text-white">{title}</h2>
      <div className="mt-2 text-sm text-slate-800 dark:text-slate-200">{children}</div>
    </section>
  );
}

const CELL = "py-1 pr-3 align-top";

function ReportDocument({ report }: { report: IncidentReport }) {
  const { incident } = report;
  const pair = (label: string, value: ReactNode) => (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </>
  );
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : "—");
  return (
    <article id={PRINT_ROOT_ID} aria-labelledby="incident-report-title" className="mx-auto max-w-4xl" data-testid="incident-report">
      <style>{PRINT_STYLESHEET}</style>
      <div data-print-hidden className="mb-4 flex flex-wrap gap-3">
        <Link href={`/incidents/${encodeURIComponent(incident.key)}`} className="text-sm font-medium text-indigo-800 underline dark:text-indigo-300">
          Back to {incident.key}
        </Link>
        <Button variant="secondary" size="sm" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>
      <p className="font-mono text-sm text-slate-600 dark:text-slate-400">{incident.key} · Incident report</p>
      <h1 id="incident-report-title" className="text-2xl font-semibold break-words text-slate-900 dark:text-white">
        {incident.title}
      </h1>
      <Section title="Summary">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {pair("Severity", incident.severity)}
          {pair("Scenario", incident.scenario?.replaceAll("_", " ") ?? "—")}
          {pair("Status", incident.status)}
          {pair("Services", incident.services.map((service) => service.name).join(", ") || "—")}
          {pair("Commander", incident.commander?.name ?? "Unassigned")}
          {pair("Mitigation", incident.mitigation ? MITIGATION_LABELS[incident.mitigation] : "—")}
          {pair("Detected", at(incident.detectedAt))}
          {pair("Restored", at(incident.restoredAt))}
          {pair("Resolved", at(incident.resolvedAt))}
        </dl>
        {incident.summary && <p className="mt-2 whitespace-pre-line">{incident.summary}</p>}
      </Section>
      <Section title="Clocks against budget">
        <p className="mb-2">Every clock starts at detection. Matrix budget: {report.budgetSeconds === null ? "none (next release)" : formatDuration(report.budgetSeconds)}.</p>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className={CELL}>Clock</th>
              <th scope="col" className={CELL}>Time</th>
              <th scope="col" className={CELL}>Within budget</th>
            </tr>
          </thead>
          <tbody>
            {report.clocks.map((row) => (
              <tr key={row.clock}>
                <th scope="row" className={`${CELL} font-normal`}>{CLOCK_LABELS[row.clock]}</th>
                <td className={CELL}>{row.seconds === null ? "not reached" : formatDuration(row.seconds)}</td>
                <td className={CELL}>{row.withinBudget === null ? "—" : row.withinBudget ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Rollback runs and verification">
        {report.runs.length === 0 ? (
          <p>No rollback was run for this incident.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5">
            {report.runs.map((run) => (
              <li key={run.id}>
                {run.mode === "drill" ? "Drill: " : ""}
                {run.planName} on {run.serviceName}, started {at(run.startedAt)} by {run.startedByName}: {run.status}; verification {run.verificationStatus.replaceAll("_", " ")}
                {run.finishedAt ? `; finished ${at(run.finishedAt)}` : ""}.
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Checklists">
        {report.checklists.length === 0 ? (
          <p>No checklist was started.</p>
        ) : (
          <ul className="space-y-1">
            {report.checklists.map((checklist) => (
              <li key={checklist.name}>
                {checklist.name}: {checklist.done} of {checklist.total} settled{checklist.overdue > 0 ? `, ${checklist.overdue} overdue` : ""}.
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Post-mortem">
        {report.postMortem ? (
          <p>
            {report.postMortem.title}: {report.postMortem.status.replaceAll("_", " ")}
            {report.postMortem.publishedAt ? `, published ${at(report.postMortem.publishedAt)}` : ""}; {report.postMortem.openActionItems} of {report.postMortem.actionItems} action items open.{" "}
            <Link href={`/incidents/${encodeURIComponent(incident.key)}/post-mortem`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
              Open the post-mortem
            </Link>
          </p>
        ) : (
          <p>No post-mortem yet (one is drafted when the incident is resolved).</p>
        )}
      </Section>
      <Section title="Timeline">
        {report.timeline.length === 0 ? (
          <p>Nothing recorded.</p>
        ) : (
          <ol className="space-y-1">
            {report.timeline.map((event, index) => (
              <li key={index} className="grid grid-cols-1 gap-x-3 sm:grid-cols-[11rem_1fr]">
                <time dateTime={event.at} className="text-slate-600 tabular-nums dark:text-slate-400">
                  {at(event.at)}
                </time>
                <span className="break-words">
                  {event.summary} <span className="text-slate-600 dark:text-slate-400">({event.actorName})</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </article>
  );
}
