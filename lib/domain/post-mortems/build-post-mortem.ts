import type { Severity } from "../incidents/lifecycle";
import { formatDuration, MONTHLY_BUDGET_MINUTES, ASSUMED_OBJECTIVE, type Impact } from "./impact";
import { ACTION_ITEMS_NOTE, DOCUMENTATION_UPDATES, PLACEHOLDERS, SECTION } from "./template";
import { timelineLines, type RecordedEvent } from "./timeline-lines";

export type PostMortemIncident = {
  key: string;
  title: string;
  severity: Severity;
  detectedAt: Date;
  restoredAt: Date | null;
  resolvedAt: Date | null;
  mitigation: string | null;
  serviceNames: readonly string[];
  commanderName: string | null;
};

export type RollbackSummary = { planName: string; trigger: string; startedAt: Date; finishedAt: Date | null; verification: string | null };

export type PostMortemFacts = { incident: PostMortemIncident; events: readonly RecordedEvent[]; impact: Impact; rollbacks: readonly RollbackSummary[] };

/** The first draft: the template with everything Rewind recorded filled in, and prompts where only people know. */
export function buildPostMortem(facts: PostMortemFacts): { title: string; content: string } {
  const { incident } = facts;
  const title = `${incident.key} post-mortem: ${incident.title}`;
  const sections = [
    `# Rollback Post-Mortem: ${incident.key} ${incident.title}`,
    section(SECTION.details, detailLines(incident).join("\n")),
    ...(facts.rollbacks.length > 0 ? [section(SECTION.rollbackLog, facts.rollbacks.map(rollbackLogEntry).join("\n\n"))] : []),
    section(SECTION.timeline, bulletList(timelineLines(facts.events), "No events were recorded.")),
    section(SECTION.rootCause, `### What Went Wrong\n${PLACEHOLDERS.whatWentWrong}\n\n### Why It Went Wrong\n${PLACEHOLDERS.whyItWentWrong}`),
    section(SECTION.impact, impactLines(facts.impact).join("\n")),
    section(SECTION.wentWell, bulletList(PLACEHOLDERS.wentWell, "")),
    section(SECTION.improve, bulletList(PLACEHOLDERS.improve, "")),
    section(SECTION.actionItems, ACTION_ITEMS_NOTE),
    section(SECTION.prevention, PLACEHOLDERS.prevention),
    section(SECTION.documentation, DOCUMENTATION_UPDATES.map((update) => `- [ ] ${update}`).join("\n")),
  ];
  return { title, content: `${sections.join("\n\n")}\n` };
}

function section(heading: string, body: string): string {
  return `## ${heading}\n${body}`;
}

function bulletList(lines: readonly string[], empty: string): string {
  return lines.length > 0 ? lines.map((line) => `- ${line}`).join("\n") : empty;
}

function detailLines(incident: PostMortemIncident): string[] {
  const end = incident.restoredAt ?? incident.resolvedAt;
  return [
    `- **Date**: ${incident.detectedAt.toISOString().slice(0, 10)}`,
    `- **Duration**: ${end ? `${formatDuration(end.getTime() - incident.detectedAt.getTime())} (detected ${utc(incident.detectedAt)}, ${incident.restoredAt ? "restored" : "resolved"} ${utc(end)})` : "still open"}`,
    `- **Severity**: ${incident.severity.toUpperCase()}`,
    `- **Services Affected**: ${incident.serviceNames.length > 0 ? incident.serviceNames.join(", ") : "none recorded"}`,
    `- **Mitigation**: ${incident.mitigation ? incident.mitigation.replace(/_/g, " ") : "not recorded"}`,
    `- **Incident commander**: ${incident.commanderName ?? "none"}`,
  ];
}

/** Seed 003's rollback log entry, one per rollback run. */
function rollbackLogEntry(run: RollbackSummary): string {
  const duration = run.finishedAt ? formatDuration(run.finishedAt.getTime() - run.startedAt.getTime()) : "not finished";
  return [
    "```",
    `[${run.startedAt.toISOString()}] ROLLBACK INITIATED`,
    `Plan: ${run.planName}`,
    `Trigger: ${run.trigger}`,
    `Duration: ${duration}`,
    `Verification: ${run.verification ?? "not verified"}`,
    "```",
  ].join("\n");
}

function impactLines(impact: Impact): string[] {
  const downtime = impact.downtimeMs === null ? "still open" : formatDuration(impact.downtimeMs);
  const lines = [`- **Downtime**: ${downtime} (from detection until service was restored)`];
  if (impact.services.length === 0) lines.push("- **Error budget burned**: no services are linked to this incident");
  for (const service of impact.services) lines.push(`- **${service.serviceName}**: ${serviceImpactText(service)}`);
  lines.push(
    `- **User Impact**: ${PLACEHOLDERS.userImpact}`,
    `- **Business Impact**: ${PLACEHOLDERS.businessImpact}`,
    "",
    `_Error budget: each minute a service breached its error-rate threshold or failed most of its checks, against a ${ASSUMED_OBJECTIVE.availability * 100}% objective over ${ASSUMED_OBJECTIVE.days} days (${MONTHLY_BUDGET_MINUTES.toFixed(1)} minutes)._`,
  );
  return lines;
}

function serviceImpactText(service: Impact["services"][number]): string {
  if (service.measuredMinutes === 0) return "no health data was recorded during the incident";
  const requests = service.totalRequests > 0 ? `; ${service.failedRequests.toLocaleString("en-US")} of ${service.totalRequests.toLocaleString("en-US")} requests failed` : "";
  return `${service.badMinutes} of ${service.measuredMinutes} measured minutes unhealthy, ${service.budgetBurnedPercent}% of the monthly error budget burned${requests}`;
}

function utc(at: Date): string {
  return `${at.toISOString().slice(11, 16)} UTC`;
}
