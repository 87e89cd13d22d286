import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { IncidentStatus } from "@/lib/domain/incidents/lifecycle";
import { buildPostMortem } from "@/lib/domain/post-mortems/build-post-mortem";
import { allowsIncidentClose, CLOSE_NEEDS_PUBLISHED_POST_MORTEM, POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";
import { POST_MORTEM_TEMPLATE_VERSION } from "@/lib/domain/post-mortems/template";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import type { IncidentRow } from "../../queries/incidents";
import { findPostMortemStatusOfIncident, insertPostMortem } from "../../queries/post-mortems";
import { recordTimelineEvent, type TimelineEventRow } from "../record-timeline-event";
import { gatherPostMortemFacts } from "./gather-post-mortem-facts";
import { incidentKeyOf } from "./post-mortem-access";

/**
 * What the post-mortem asks of an incident status change, inside its
 * transaction: resolving drafts the post-mortem (once: a reopened and
 * re-resolved incident keeps the one it has), and closing needs it published.
 * Returns the timeline events it recorded, to publish after the commit.
 */
export async function applyPostMortemRules(tx: Db, actor: Actor, incident: IncidentRow, to: IncidentStatus): Promise<TimelineEventRow[]> {
  if (to === "closed") {
    const postMortem = await findPostMortemStatusOfIncident(tx, incident.id);
    if (!allowsIncidentClose(postMortem?.status ?? null)) {
      const now = postMortem ? `it is ${POST_MORTEM_STATUS_LABELS[postMortem.status].toLowerCase()}` : "it has none";
      throw new AppError("conflict", `${CLOSE_NEEDS_PUBLISHED_POST_MORTEM}: ${now}`, { details: [{ field: "to", message: "needs a published post-mortem" }] });
    }
    return [];
  }
  if (to !== "resolved" || (await findPostMortemStatusOfIncident(tx, incident.id))) return [];
  const draft = buildPostMortem(await gatherPostMortemFacts(tx, incident));
  await insertPostMortem(tx, { incidentId: incident.id, title: draft.title, content: draft.content, templateVersion: POST_MORTEM_TEMPLATE_VERSION });
  const event = await recordTimelineEvent(tx, actor, incident.id, {
    kind: "postmortem.drafted",
    summary: `Rewind drafted the post-mortem of ${incidentKeyOf(incident)} from its timeline`,
    payload: { templateVersion: POST_MORTEM_TEMPLATE_VERSION },
  });
  return [event];
}
