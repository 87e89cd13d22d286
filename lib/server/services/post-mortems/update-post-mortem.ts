import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { canEditContent, POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";
import type { UpdatePostMortemInput } from "@/lib/domain/schemas/post-mortems";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toPostMortemDto } from "../../dto/post-mortem";
import { assertCan } from "../../permissions/assert-can";
import { updatePostMortemIfVersion } from "../../queries/post-mortems";
import { recordTimelineEvent } from "../record-timeline-event";
import { incidentKeyOf, loadVisiblePostMortem, publishPostMortemChange, reloadPostMortemDto, stalePostMortemError } from "./post-mortem-access";

/**
 * PATCH /incidents/{ref}/post-mortem: saves the Markdown. The client names the
 * version it saw; a stale one is refused with the current text (409), so two
 * authors never overwrite each other silently.
 */
export async function updatePostMortem(actor: Actor, ref: string, input: UpdatePostMortemInput) {
  assertCan(actor, "postmortems.edit");
  const { postMortem, event } = await db().$transaction(async (tx) => {
    const { incident, postMortem: before } = await loadVisiblePostMortem(tx, actor, ref);
    if (before.version !== input.version) throw stalePostMortemError(toPostMortemDto(before, incidentKeyOf(incident)));
    if (!canEditContent(before.status)) {
      throw new AppError("conflict", `The post-mortem is ${POST_MORTEM_STATUS_LABELS[before.status].toLowerCase()}: move it back to draft to edit it`, {
        details: [{ field: "content", message: "can be edited in draft only" }],
      });
    }
    if (!(await updatePostMortemIfVersion(tx, before.id, input.version, { content: input.content }))) throw stalePostMortemError(await reloadPostMortemDto(tx, incident));
    const postMortem = await reloadPostMortemDto(tx, incident);
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "postmortem.edited",
      summary: `${actor.name} edited the post-mortem of ${incidentKeyOf(incident)}`,
      payload: { postMortemId: before.id, version: postMortem.version, characters: input.content.length },
    });
    return { postMortem, event };
  });
  publishPostMortemChange(postMortem, [event]);
  return postMortem;
}
