import type { Incident } from "@/lib/client/schemas/incidents";

/*
 * When the incident's clocks stop. The matrix budget is the time to the
 * rollback decision *and action*, so it runs until mitigation is done (or
 * the incident is resolved without one). Escalation keeps going while the
 * incident is open: people are still needed during monitoring.
 */

export function budgetStoppedAt(incident: Incident): Date | null {
  const stop = incident.mitigatedAt ?? incident.resolvedAt ?? incident.closedAt;
  return stop ? new Date(stop) : null;
}

export function escalationStoppedAt(incident: Incident): Date | null {
  const stop = incident.resolvedAt ?? incident.closedAt;
  return stop ? new Date(stop) : null;
}
