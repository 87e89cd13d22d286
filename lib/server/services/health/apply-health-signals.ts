import "server-only";
import type { Breach } from "@/lib/domain/health/thresholds";
import { SEVERITIES } from "@/lib/domain/incidents/lifecycle";
import { SYSTEM_ACTOR, type Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toHealthSignalDto } from "../../dto/health";
import { clearHealthSignal, insertHealthSignal, type HealthSignalRow } from "../../queries/health-signals";
import { listServiceNames } from "../../queries/services";
import type { ThresholdsRow } from "../../queries/service-thresholds";
import { publish } from "../../realtime/realtime-server";
import { declareIncident } from "../declare-incident";
import { startAutomaticRollback } from "../rollbacks/start-automatic-rollback";
import { publishTimelineEvents, recordTimelineEvent, type TimelineEventRow } from "../record-timeline-event";

const HEALTH_MONITOR: Actor = { ...SYSTEM_ACTOR, name: "Rewind health monitor" };

type SignalChanges = {
  serviceId: string;
  toOpen: Breach[];
  toClear: HealthSignalRow[];
  incidents: { id: string; number: number }[];
  thresholds: ThresholdsRow | null;
  now: Date;
};

/**
 * Opens and clears a service's signals, each with its timeline event on every
 * open incident of the service in the same transaction; declares an incident
 * first when the service asks for that and none is open.
 */
export async function applyHealthSignals(changes: SignalChanges): Promise<void> {
  const { serviceId, toOpen, toClear, thresholds, now } = changes;
  const [service] = await listServiceNames(db(), [serviceId]);
  const serviceName = service?.name ?? "A service";
  let incidents = changes.incidents;
  // An automatic rollback belongs to an incident, so the policy declares one too.
  if (toOpen.length > 0 && incidents.length === 0 && (thresholds?.declareIncident || thresholds?.autoRollback)) {
    const worst = [...toOpen].sort((a, b) => SEVERITIES.indexOf(a.suggestedSeverity) - SEVERITIES.indexOf(b.suggestedSeverity))[0]!;
    const incident = await declareIncident(HEALTH_MONITOR, {
      title: `${serviceName}: ${worst.message}`,
      severity: worst.suggestedSeverity,
      serviceIds: [serviceId],
      summary: `Declared by Rewind's health monitor when ${serviceName} breached its thresholds: ${toOpen.map((breach) => breach.message).join("; ")}.`,
    });
    incidents = [{ id: incident.id, number: incident.number }];
  }

  const { opened, cleared, events } = await db().$transaction(async (tx) => {
    const opened: HealthSignalRow[] = [];
    const cleared: HealthSignalRow[] = [];
    const events: TimelineEventRow[] = [];
    for (const breach of toOpen) {
      const signal = await insertHealthSignal(tx, {
        serviceId,
        kind: breach.kind,
        message: breach.message,
        value: breach.value,
        threshold: breach.threshold,
        severity: breach.suggestedSeverity,
        openedAt: now,
        incidentId: incidents[0]?.id ?? null,
      });
      opened.push(signal);
      for (const incident of incidents) {
        events.push(
          await recordTimelineEvent(tx, HEALTH_MONITOR, incident.id, {
            kind: "health.signal_opened",
            summary: `${serviceName}: ${breach.message}.`,
            payload: { signalId: signal.id, serviceId, kind: breach.kind, value: breach.value, threshold: breach.threshold, suggestedSeverity: breach.suggestedSeverity },
          }),
        );
      }
    }
    for (const signal of toClear) {
      cleared.push(await clearHealthSignal(tx, signal.id, now));
      for (const incident of incidents) {
        events.push(
          await recordTimelineEvent(tx, HEALTH_MONITOR, incident.id, {
            kind: "health.signal_cleared",
            summary: `${serviceName}: back within bounds (was: ${signal.message})`,
            payload: { signalId: signal.id, serviceId, kind: signal.kind },
          }),
        );
      }
    }
    return { opened, cleared, events };
  });

  for (const signal of [...opened, ...cleared]) publish(`service:${serviceId}`, "health:signal", { serviceId, signal: toHealthSignalDto(signal) });
  for (const incident of incidents) publishTimelineEvents(incident.id, events.filter((event) => event.incidentId === incident.id));
  const incident = incidents[0];
  if (toOpen.length > 0 && thresholds?.autoRollback && incident && service) await rollBackAutomatically({ id: serviceId, name: serviceName, slug: service.slug }, incident, toOpen);
}

/** The policy's rollback; when it cannot start, the incident's timeline says why. */
async function rollBackAutomatically(service: { id: string; name: string; slug: string }, incident: { id: string; number: number }, breaches: Breach[]): Promise<void> {
  let reason: string;
  try {
    const outcome = await startAutomaticRollback(HEALTH_MONITOR, service, incident, breaches);
    if (outcome.started) return;
    reason = outcome.reason;
  } catch (error) {
    reason = `starting the plan failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const row = await recordTimelineEvent(db(), HEALTH_MONITOR, incident.id, { kind: "rollback.automatic_skipped", summary: `${service.name}: automatic rollback is on, but ${reason}.`, payload: { serviceId: service.id } });
  publishTimelineEvents(incident.id, [row]);
}
