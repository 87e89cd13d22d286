import "server-only";
import type { IncidentFacts, RollbackFacts } from "@/lib/domain/communications/incident-variables";
import { config } from "../../config";
import type { Db } from "../../db/client";
import { findLatestLiveRunOfIncident, findVersionChangeSince, type LatestLiveRun } from "../../queries/communication-facts";
import type { IncidentRow } from "../../queries/incidents";
import type { PlanSnapshot } from "../rollbacks/rollback-run-dto";

const VERSION_KEYS = ["currentVersion", "version", "liveVersion", "image", "head"] as const;

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function versionIn(state: Record<string, unknown> | null): string | null {
  if (!state) return null;
  for (const key of VERSION_KEYS) if (typeof state[key] === "string") return state[key];
  return null;
}

/** The version the last step that reported one left the service at (sandbox steps record `details.after`). */
function versionAfterSteps(run: LatestLiveRun): string | null {
  for (const step of run.steps) {
    const version = versionIn(record(record(record(step.result)?.details)?.after));
    if (version) return version;
  }
  return null;
}

async function rollbackFacts(db: Db, incidentId: string): Promise<RollbackFacts | null> {
  const run = await findLatestLiveRunOfIncident(db, incidentId);
  if (!run) return null;
  const snapshot = run.planSnapshot as PlanSnapshot;
  const verification = record(run.verification);
  const toVersion = versionAfterSteps(run) ?? (await findVersionChangeSince(db, run.serviceId, run.createdAt))?.toVersion ?? null;
  return {
    startedAt: run.createdAt,
    finishedAt: run.finishedAt,
    reason: run.reason,
    method: `${snapshot.name} (${snapshot.type})`,
    initiator: run.startedByName,
    fromVersion: versionIn(record(run.capture)),
    toVersion,
    passRate: typeof verification?.passRate === "number" ? verification.passRate : null,
    verificationPassed: typeof verification?.passed === "boolean" ? verification.passed : null,
  };
}

/** What the communication templates may quote about an incident, read in one go. */
export async function gatherIncidentFacts(db: Db, incident: IncidentRow): Promise<IncidentFacts> {
  const key = `INC-${incident.number}`;
  const base = config().NEXTAUTH_URL ?? `http://localhost:${config().PORT}`;
  return {
    key,
    title: incident.title,
    summary: incident.summary,
    severity: incident.severity,
    status: incident.status,
    url: new URL(`/incidents/${key}`, base).toString(),
    services: incident.services.map(({ service }) => service.name),
    commander: incident.commander?.name ?? null,
    detectedAt: incident.detectedAt,
    declaredAt: incident.declaredAt,
    restoredAt: incident.restoredAt,
    resolvedAt: incident.resolvedAt,
    rollback: await rollbackFacts(db, incident.id),
  };
}
