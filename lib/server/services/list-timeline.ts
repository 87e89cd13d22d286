import "server-only";
import type { ListTimelineQuery } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";
import { listTimelineEvents } from "../queries/timeline-events";
import { toTimelineEventDto } from "./record-timeline-event";

/** Newest first, a page at a time: pass `nextCursor` back as `before` for the next page (null on the last). */
export async function listTimeline(actor: Actor, ref: string, query: ListTimelineQuery) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, ref);
  const rows = await listTimelineEvents(db(), incident.id, { kinds: query.kind, before: query.before, limit: query.limit });
  const events = rows.map(toTimelineEventDto);
  const nextCursor = rows.length === query.limit ? (events.at(-1)?.id ?? null) : null;
  return { events, nextCursor };
}
