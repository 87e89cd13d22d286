import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { ACTION_ITEM_STATUS_LABELS, doneAtAfter } from "@/lib/domain/post-mortems/action-items";
import type { UpdateActionItemInput } from "@/lib/domain/schemas/post-mortems";
import type { Actor } from "../../auth/caller";
import { db, type Db } from "../../db/client";
import { toActionItemDto } from "../../dto/post-mortem";
import { isVisibleTo } from "../../permissions/incident-access";
import { assertCan } from "../../permissions/assert-can";
import { findIncidentByRef } from "../../queries/incidents";
import { findActionItem, updateActionItemIfVersion, type ActionItemRow } from "../../queries/post-mortems";
import { loadActiveUser } from "../incident-guards";
import { recordTimelineEvent } from "../record-timeline-event";
import { publishPostMortemChange, reloadPostMortemDto } from "./post-mortem-access";

/**
 * PATCH /action-items/{itemId}: title, owner, due date or status. Each item
 * carries its own version, so two people working different items never
 * conflict, and a stale write to the same item is a 409 with the item as it is.
 */
export async function updateActionItem(actor: Actor, itemId: string, input: UpdateActionItemInput) {
  assertCan(actor, "postmortems.edit");
  const { item, postMortem, event } = await db().$transaction(async (tx) => {
    const { before, incident } = await loadVisibleItem(tx, actor, itemId);
    if (before.version !== input.version) throw staleItemError(toActionItemDto(before));
    const owner = input.ownerId ? await loadActiveUser(tx, input.ownerId, "ownerId") : null;
    const changed = await updateActionItemIfVersion(tx, itemId, input.version, {
      title: input.title,
      ownerId: input.ownerId === undefined ? undefined : (owner?.id ?? null),
      dueAt: input.dueAt === undefined ? undefined : input.dueAt === null ? null : new Date(input.dueAt),
      ...(input.status ? { status: input.status, doneAt: doneAtAfter(before, input.status, new Date()) } : {}),
    });
    const after = await findActionItem(tx, itemId);
    if (!after) throw new Error(`Action item ${itemId} vanished while updating it`);
    if (!changed) throw staleItemError(toActionItemDto(after));
    const { version: _version, ...changes } = input;
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "postmortem.action_item_updated",
      summary: describeChange(actor.name, before, input, owner?.name ?? null),
      payload: { postMortemId: before.postMortemId, itemId, changes, version: after.version },
    });
    return { item: toActionItemDto(after), postMortem: await reloadPostMortemDto(tx, incident), event };
  });
  publishPostMortemChange(postMortem, [event]);
  return item;
}

/** An item of an incident the actor may not see does not exist for them (404, as for the incident). */
async function loadVisibleItem(tx: Db, actor: Actor, itemId: string) {
  const before = await findActionItem(tx, itemId);
  const incident = before ? await findIncidentByRef(tx, before.incidentId) : null;
  if (!before || !incident || !isVisibleTo(actor, incident)) throw new AppError("not_found", "No action item with this id");
  return { before, incident };
}

function staleItemError(current: ReturnType<typeof toActionItemDto>): AppError {
  return new AppError("conflict", `Someone else changed this action item first: it is now at version ${current.version}. Showing it as it is now.`, {
    details: [{ field: "version", message: "is stale" }],
    extra: { current },
  });
}

function describeChange(actorName: string, before: ActionItemRow, input: UpdateActionItemInput, ownerName: string | null): string {
  const parts: string[] = [];
  if (input.status && input.status !== before.status) parts.push(`marked it ${ACTION_ITEM_STATUS_LABELS[input.status].toLowerCase()}`);
  if (input.ownerId !== undefined) parts.push(ownerName ? `gave it to ${ownerName}` : "left it without an owner");
  if (input.dueAt !== undefined) parts.push(input.dueAt ? `set it due ${input.dueAt.slice(0, 10)}` : "removed its due date");
  if (input.title !== undefined && input.title !== before.title) parts.push(`renamed it “${input.title}”`);
  return `${actorName} ${parts.length > 0 ? parts.join(", ") : "saved"} on the action item “${before.title}”`;
}
