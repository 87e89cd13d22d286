/**
 * The incident variables a communication template may use, and how they are
 * built from what Rewind recorded. Every value is text; a fact Rewind does not
 * have (no rollback yet, service not restored) is null, so the renderer can
 * say which blanks are left instead of printing "undefined".
 */

export const INCIDENT_VARIABLES = {
  "incident.key": "Incident key",
  "incident.title": "Incident title",
  "incident.summary": "Issue description",
  "incident.severity": "Severity",
  "incident.status": "Status",
  "incident.url": "Incident link",
  "incident.services": "Affected services",
  "incident.commander": "Incident commander",
  "incident.detected_at": "Issue detected time",
  "incident.declared_at": "Incident declared time",
  "incident.restored_at": "Service restored time",
  "incident.resolved_at": "Resolved time",
  "incident.downtime": "Total downtime",
  "incident.duration": "Incident duration",
  "rollback.started_at": "Rollback initiated time",
  "rollback.finished_at": "Rollback finished time",
  "rollback.reason": "Rollback reason",
  "rollback.method": "Rollback method",
  "rollback.initiator": "Rollback initiated by",
  "rollback.from_version": "Version rolled back from",
  "rollback.to_version": "Version rolled back to",
  "rollback.duration": "Rollback duration",
  "rollback.verification": "Verification result",
  "verification.pass_rate": "Verification pass rate",
  next_update_at: "Next update time",
  now: "Current time",
} as const;

export type IncidentVariableName = keyof typeof INCIDENT_VARIABLES;
export type IncidentVariables = Record<IncidentVariableName, string | null>;

/** The latest rollback run of the incident, as far as it got. */
export type RollbackFacts = {
  startedAt: Date;
  finishedAt: Date | null;
  reason: string;
  /** The plan's name and type, e.g. "Immediate rollback (application)". */
  method: string;
  initiator: string;
  /** From the run's pre-rollback capture. */
  fromVersion: string | null;
  /** What the service ran after the rollback, when a step or the health collector saw it. */
  toVersion: string | null;
  /** 0..1, null before verification finished. */
  passRate: number | null;
  verificationPassed: boolean | null;
};

export type IncidentFacts = {
  key: string;
  title: string;
  summary: string | null;
  severity: string;
  status: string;
  url: string | null;
  services: readonly string[];
  commander: string | null;
  detectedAt: Date;
  declaredAt: Date;
  restoredAt: Date | null;
  resolvedAt: Date | null;
  rollback: RollbackFacts | null;
};

/** How long until the next promised update when a message announces one. */
export const NEXT_UPDATE_MINUTES = 30;

const pad = (value: number) => String(value).padStart(2, "0");

/** "2026-11-22 14:05 UTC": one unambiguous form for every reader, whatever their time zone. */
export function formatUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "45 s", "12 min", "1 h 05 min", "2 d 3 h". */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${pad(minutes % 60)} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

const at = (date: Date | null) => (date ? formatUtc(date) : null);
const between = (from: Date | null, to: Date | null) => (from && to ? formatDuration(to.getTime() - from.getTime()) : null);

/** The seeds' rollback log entry words: success, partial or failed. */
function verificationWord(rollback: RollbackFacts): string | null {
  if (rollback.passRate === null || rollback.verificationPassed === null) return null;
  if (rollback.verificationPassed) return "success";
  return rollback.passRate > 0 ? "partial" : "failed";
}

export function buildIncidentVariables(facts: IncidentFacts, now: Date): IncidentVariables {
  const rollback = facts.rollback;
  return {
    "incident.key": facts.key,
    "incident.title": facts.title,
    "incident.summary": facts.summary?.trim() || null,
    "incident.severity": facts.severity,
    "incident.status": facts.status,
    "incident.url": facts.url,
    "incident.services": facts.services.length > 0 ? facts.services.join(", ") : null,
    "incident.commander": facts.commander,
    "incident.detected_at": formatUtc(facts.detectedAt),
    "incident.declared_at": formatUtc(facts.declaredAt),
    "incident.restored_at": at(facts.restoredAt),
    "incident.resolved_at": at(facts.resolvedAt),
    "incident.downtime": between(facts.detectedAt, facts.restoredAt),
    // An open incident's duration runs until now.
    "incident.duration": between(facts.detectedAt, facts.resolvedAt ?? now),
    "rollback.started_at": at(rollback?.startedAt ?? null),
    "rollback.finished_at": at(rollback?.finishedAt ?? null),
    "rollback.reason": rollback?.reason.trim() || null,
    "rollback.method": rollback?.method ?? null,
    "rollback.initiator": rollback?.initiator ?? null,
    "rollback.from_version": rollback?.fromVersion ?? null,
    "rollback.to_version": rollback?.toVersion ?? null,
    "rollback.duration": rollback ? between(rollback.startedAt, rollback.finishedAt) : null,
    "rollback.verification": rollback ? verificationWord(rollback) : null,
    "verification.pass_rate": rollback?.passRate == null ? null : `${Math.round(rollback.passRate * 100)}%`,
    next_update_at: formatUtc(new Date(now.getTime() + NEXT_UPDATE_MINUTES * 60_000)),
    now: formatUtc(now),
  };
}
