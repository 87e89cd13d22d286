import "server-only";
import type { Actor } from "../auth/caller";
import { toIncidentDto } from "../dto/incident";
import { logger } from "../observability/logger";
import { isVisibleTo } from "../permissions/incident-access";
import type { IncidentRow } from "../queries/incidents";
import { publish, removeFromRoomUnless } from "../realtime/realtime-server";
import { publishTimelineEvents, type TimelineEventRow } from "./record-timeline-event";

/**
 * After the commit of any change to an incident: its room gets the new
 * incident and the timeline events, and the incident list is told to refetch
 * (with no content, so private incidents do not leak through it).
 *
 * When the change narrowed who may see a private incident, the people who lost
 * access leave its room first. If that cannot be done (an instance did not
 * answer), the room is not told at all: a missed live update is refetched
 * later, a leaked private incident cannot be taken back.
 */
export async function publishIncidentChange(incident: IncidentRow, events: TimelineEventRow[], options: { narrowedVisibility?: boolean } = {}): Promise<void> {
  const room = `incident:${incident.id}`;
  let roomIsSafe = true;
  if (options.narrowedVisibility && incident.private) {
    roomIsSafe = await removeFromRoomUnless(room, (caller: Actor) => isVisibleTo(caller, incident)).then(
      () => true,
      (error: unknown) => {
        logger.warn({ err: error, incidentId: incident.id }, "could not remove former watchers from a private incident's room; not publishing to it");
        return false;
      },
    );
  }
  if (roomIsSafe) {
    publish(room, "incident:updated", { incident: toIncidentDto(incident) });
    publishTimelineEvents(incident.id, events);
  }
  publish("incidents", "incidents:changed", {});
}
