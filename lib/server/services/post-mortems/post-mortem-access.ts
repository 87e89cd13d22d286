import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import { toPostMortemDto, type PostMortemDto } from "../../dto/post-mortem";
import { loadVisibleIncident } from "../../permissions/incident-access";
import type { IncidentRow } from "../../queries/incidents";
import { findPostMortemOfIncident, type PostMortemRow } from "../../queries/post-mortems";
import { publish } from "../../realtime/realtime-server";
import { publishTimelineEvents, type TimelineEventRow } from "../record-timeline-event";

export function incidentKeyOf(incident: Pick<IncidentRow, "number">): string {
  return `INC-${incident.number}`;
}

/**
 * The post-mortem of an incident the actor may see. A private incident's
 * post-mortem is as invisible as the incident (404, never 403).
 */
export async function loadVisiblePostMortem(tx: Db, actor: Actor, ref: string): Promise<{ incident: IncidentRow; postMortem: PostMortemRow }> {
  const incident = await loadVisibleIncident(tx, actor, ref);
  const postMortem = await findPostMortemOfIncident(tx, incident.id);
  if (!postMortem) throw new AppError("not_found", `${incidentKeyOf(incident)} has no post-mortem yet: it is drafted when the incident is resolved`);
  return { incident, postMortem };
}

export function stalePostMortemError(current: PostMortemDto): AppError {
  return new AppError("conflict", `Someone else saved this post-mortem first: it is now at version ${current.version}. Reload it and merge your changes.`, {
    details: [{ field: "version", message: "is stale" }],
    extra: { current },
  });
}

/** After the commit: people on the incident and post-mortem pages see the change and its timeline events. */
export function publishPostMortemChange(postMortem: PostMortemDto, events: readonly TimelineEventRow[]): void {
  publish(`incident:${postMortem.incidentId}`, "postmortem:updated", { postMortem });
  publishTimelineEvents(postMortem.incidentId, [...events]);
}

export async function reloadPostMortemDto(tx: Db, incident: IncidentRow): Promise<PostMortemDto> {
  const row = await findPostMortemOfIncident(tx, incident.id);
  if (!row) throw new Error(`The post-mortem of incident ${incident.id} vanished while changing it`);
  return toPostMortemDto(row, incidentKeyOf(incident));
}
