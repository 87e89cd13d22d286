import "server-only";
import type { CreateActionItemInput } from "@/lib/domain/schemas/post-mortems";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toActionItemDto } from "../../dto/post-mortem";
import { assertCan } from "../../permissions/assert-can";
import { insertActionItem } from "../../queries/post-mortems";
import { loadActiveUser } from "../incident-guards";
import { recordTimelineEvent } from "../record-timeline-event";
import { incidentKeyOf, loadVisiblePostMortem, publishPostMortemChange, reloadPostMortemDto } from "./post-mortem-access";

/** POST /incidents/{ref}/post-mortem/action-items: in any review state, since items are tracked long after publishing. */
export async function createActionItem(actor: Actor, ref: string, input: CreateActionItemInput) {
  assertCan(actor, "postmortems.edit");
  const { item, postMortem, event } = await db().$transaction(async (tx) => {
    const { incident, postMortem: before } = await loadVisiblePostMortem(tx, actor, ref);
    const owner = input.ownerId ? await loadActiveUser(tx, input.ownerId, "ownerId") : null;
    const row = await insertActionItem(tx, {
      postMortemId: before.id,
      incidentId: incident.id,
      title: input.title,
      ownerId: owner?.id ?? null,
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
    });
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "postmortem.action_item_added",
      summary: `${actor.name} added the action item “${input.title}”${owner ? ` for ${owner.name}` : ""} to the post-mortem of ${incidentKeyOf(incident)}`,
      payload: { postMortemId: before.id, itemId: row.id, ownerId: owner?.id ?? null, dueAt: input.dueAt ?? null },
    });
    return { item: toActionItemDto(row), postMortem: await reloadPostMortemDto(tx, incident), event };
  });
  publishPostMortemChange(postMortem, [event]);
  return item;
}
