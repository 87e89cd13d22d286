import type { IncomingAlert } from "./alert-batch";

/** What Rewind already holds for a fingerprint of the group. */
export type StoredAlertStatus = "firing" | "resolved";

export type AlertChanges = {
  /** Not seen before, or seen resolved: the alert (re)joins the incident. */
  newlyFiring: IncomingAlert[];
  /** Re-sent while it was already firing: nothing new but the time it was received. */
  stillFiring: IncomingAlert[];
  /** Was firing, now resolved. */
  resolving: IncomingAlert[];
  /** Resolved, and Rewind never saw it firing (or saw it resolve already). */
  quietlyResolved: IncomingAlert[];
};

/** Sorts the incoming alerts by what they change, given the stored status of each fingerprint. */
export function classifyAlerts(incoming: readonly IncomingAlert[], stored: ReadonlyMap<string, StoredAlertStatus>): AlertChanges {
  const changes: AlertChanges = { newlyFiring: [], stillFiring: [], resolving: [], quietlyResolved: [] };
  for (const alert of incoming) {
    const before = stored.get(alert.fingerprint);
    if (alert.status === "firing") (before === "firing" ? changes.stillFiring : changes.newlyFiring).push(alert);
    else (before === "firing" ? changes.resolving : changes.quietlyResolved).push(alert);
  }
  return changes;
}

/**
 * What happens to the group's incident:
 * - `open`: a new incident, because the group has none yet, or its incident
 *   was resolved or closed and an alert fires anew. Alerts that kept firing
 *   through the resolution (Alertmanager re-sends them every
 *   repeat_interval) do not reopen anything: a person decided to resolve
 *   while they fired.
 * - `update`: the group's incident records what changed (possibly nothing).
 * - `none`: only resolved alerts for a group Rewind has no incident for.
 */
export function incidentActionFor(group: { incidentOpen: boolean } | null, changes: AlertChanges): "open" | "update" | "none" {
  const firesAnew = changes.newlyFiring.length > 0;
  if (!group) return firesAnew ? "open" : "none";
  return !group.incidentOpen && firesAnew ? "open" : "update";
}
