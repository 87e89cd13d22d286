import "server-only";
import type { Actor } from "../auth/caller";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { insertTimelineEvent } from "../queries/timeline-events";
import { publish } from "../realtime/realtime-server";

export type TimelineEntry = { kind: string; summary: string; payload?: Prisma.InputJsonValue };

/** Appends to an incident's timeline; call inside the transaction of the change it records. */
export function recordTimelineEvent(tx: Db, actor: Actor, incidentId: string, entry: TimelineEntry) {
  return insertTimelineEvent(tx, {
    incidentId,
    kind: entry.kind,
    summary: entry.summary,
    payload: entry.payload ?? {},
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorTokenId: actor.kind === "token" ? actor.tokenId : null,
    actorName: actor.name,
  });
}

export type TimelineEventRow = Awaited<ReturnType<typeof recordTimelineEvent>>;

export function toTimelineEventDto(row: TimelineEventRow) {
  const actor = row.actorUserId
    ? { kind: "user" as const, id: row.actorUserId, name: row.actorName }
    : row.actorTokenId
      ? { kind: "token" as const, id: row.actorTokenId, name: row.actorName }
      : { kind: "system" as const, id: null, name: row.actorName };
  return { id: row.id.toString(), incidentId: row.incidentId, kind: row.kind, summary: row.summary, payload: row.payload, actor, createdAt: row.createdAt.toISOString() };
}

export type TimelineEventDto = ReturnType<typeof toTimelineEventDto>;

/** After the commit: everyone watching the incident sees the event. */
export function publishTimelineEvents(incidentId: string, rows: TimelineEventRow[]): void {
  for (const row of rows) publish(`incident:${incidentId}`, "timeline:created", toTimelineEventDto(row));
}
