import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { can, type Permission } from "@/lib/domain/permissions";
import { allowedReviewMoves, authorityForMove, POST_MORTEM_STATUS_LABELS, type PostMortemStatus, type ReviewAuthority } from "@/lib/domain/post-mortems/review-state";
import type { MovePostMortemInput } from "@/lib/domain/schemas/post-mortems";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toPostMortemDto } from "../../dto/post-mortem";
import { assertCan } from "../../permissions/assert-can";
import { updatePostMortemIfVersion, type PostMortemChanges } from "../../queries/post-mortems";
import { recordTimelineEvent } from "../record-timeline-event";
import { incidentKeyOf, loadVisiblePostMortem, publishPostMortemChange, reloadPostMortemDto, stalePostMortemError } from "./post-mortem-access";

const PERMISSION_OF: Record<ReviewAuthority, Permission> = { review: "postmortems.review", reopen: "postmortems.reopen" };

/**
 * POST /incidents/{ref}/post-mortem/transitions: draft → in review →
 * published, back to draft from review, and an admin's reopening of a
 * published post-mortem (lib/domain/post-mortems/review-state).
 */
export async function movePostMortem(actor: Actor, ref: string, input: MovePostMortemInput) {
  assertCan(actor, "postmortems.review");
  const { postMortem, event } = await db().$transaction(async (tx) => {
    const { incident, postMortem: before } = await loadVisiblePostMortem(tx, actor, ref);
    if (before.version !== input.version) throw stalePostMortemError(toPostMortemDto(before, incidentKeyOf(incident)));
    const needs = authorityForMove(before.status, input.to);
    if (!needs) throw illegalMoveError(actor, before.status, input.to);
    assertCan(actor, PERMISSION_OF[needs]);
    if (!(await updatePostMortemIfVersion(tx, before.id, input.version, changesFor(actor, input.to)))) throw stalePostMortemError(await reloadPostMortemDto(tx, incident));
    const postMortem = await reloadPostMortemDto(tx, incident);
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: `postmortem.${input.to}`,
      summary: `${actor.name} ${VERB[input.to]} the post-mortem of ${incidentKeyOf(incident)}`,
      payload: { postMortemId: before.id, from: before.status, to: input.to, version: postMortem.version },
    });
    return { postMortem, event };
  });
  publishPostMortemChange(postMortem, [event]);
  return postMortem;
}

const VERB: Record<PostMortemStatus, string> = { draft: "moved back to draft", in_review: "sent for review", published: "published" };

function changesFor(actor: Actor, to: PostMortemStatus): PostMortemChanges {
  if (to === "in_review") return { status: to, submittedAt: new Date() };
  if (to === "published") return { status: to, publishedAt: new Date(), publishedById: actor.userId, publishedByName: actor.name };
  return { status: to, publishedAt: null, publishedById: null, publishedByName: null };
}

function illegalMoveError(actor: Actor, from: PostMortemStatus, to: PostMortemStatus): AppError {
  const allowed = allowedReviewMoves(from, (["review", "reopen"] as const).filter((authority) => can(actor.role, PERMISSION_OF[authority])));
  return new AppError("conflict", `A post-mortem that is ${POST_MORTEM_STATUS_LABELS[from].toLowerCase()} cannot move to ${POST_MORTEM_STATUS_LABELS[to].toLowerCase()}`, {
    details: [{ field: "to", message: allowed.length > 0 ? `allowed: ${allowed.join(", ")}` : "allowed: none" }],
  });
}
