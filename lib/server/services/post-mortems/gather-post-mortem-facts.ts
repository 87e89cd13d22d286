import "server-only";
import type { PostMortemFacts, RollbackSummary } from "@/lib/domain/post-mortems/build-post-mortem";
import { computeImpact, type ServiceHealthInput } from "@/lib/domain/post-mortems/impact";
import type { Db } from "../../db/client";
import type { IncidentRow } from "../../queries/incidents";
import { listHealthMinutes, listRollbackRunsForPostMortem, listTimelineForPostMortem } from "../../queries/post-mortems";
import { listThresholdsOfServices } from "../../queries/service-thresholds";
import { incidentKeyOf } from "./post-mortem-access";

/** The seeds' error-rate line, for a service whose thresholds were never changed (no row yet). */
const DEFAULT_ERROR_RATE_PERCENT = 5;

/** Everything Rewind recorded about an incident that the first draft of its post-mortem uses. */
export async function gatherPostMortemFacts(tx: Db, incident: IncidentRow): Promise<PostMortemFacts> {
  const services = incident.services.map(({ service }) => service);
  const serviceIds = services.map((service) => service.id);
  const end = incident.restoredAt ?? incident.resolvedAt ?? new Date();
  const [events, runs, thresholds, minutes] = await Promise.all([
    listTimelineForPostMortem(tx, incident.id),
    listRollbackRunsForPostMortem(tx, incident.id),
    listThresholdsOfServices(tx, serviceIds),
    listHealthMinutes(tx, serviceIds, incident.detectedAt, end),
  ]);
  const health: ServiceHealthInput[] = services.map((service) => ({
    serviceName: service.name,
    errorRatePercent: thresholds.find((row) => row.serviceId === service.id)?.errorRatePercent ?? DEFAULT_ERROR_RATE_PERCENT,
    minutes: minutes.filter((minute) => minute.serviceId === service.id),
  }));
  return {
    incident: {
      key: incidentKeyOf(incident),
      title: incident.title,
      severity: incident.severity,
      detectedAt: incident.detectedAt,
      restoredAt: incident.restoredAt,
      resolvedAt: incident.resolvedAt,
      mitigation: incident.mitigation,
      serviceNames: services.map((service) => service.name),
      commanderName: incident.commander?.name ?? null,
    },
    events,
    impact: computeImpact(incident, health),
    rollbacks: runs.map(toRollbackSummary),
  };
}

function toRollbackSummary(run: Awaited<ReturnType<typeof listRollbackRunsForPostMortem>>[number]): RollbackSummary {
  const snapshot = run.planSnapshot;
  const planName = typeof snapshot === "object" && snapshot !== null && "name" in snapshot && typeof snapshot.name === "string" ? snapshot.name : "rollback plan";
  const verification = run.verificationStatus === "not_started" ? `not verified (run ${run.status})` : run.verificationStatus;
  return { planName, trigger: `${run.trigger}: ${run.reason}`, startedAt: run.createdAt, finishedAt: run.finishedAt, verification };
}
