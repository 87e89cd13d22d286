import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { describeItemChange } from "@/lib/domain/checklists/describe-item-change";
import type { UpdateChecklistItemInput } from "@/lib/domain/schemas/checklists";
import type { Actor } from "../auth/caller";
import { db, type Db } from "../db/client";
import { toChecklistItemDto } from "../dto/checklist";
import { isVisibleTo } from "../permissions/incident-access";
import { assertCan } from "../permissions/assert-can";
import { findChecklistItem, findLastItemChangeActor, updateChecklistItemIfVersion, type ChecklistItemRow } from "../queries/checklists";
import { findIncidentByRef } from "../queries/incidents";
import { findUserById } from "../queries/users";
import { publish } from "../realtime/realtime-server";
import { publishTimelineEvents, recordTimelineEvent } from "./record-timeline-event";

/**
 * PATCH /checklist-items/{itemId}: tick, assign, annotate or mark an item not
 * applicable. The client names the version it saw; a stale one is refused
 * (409) and nothing is written, so two responders never overwrite each other.
 */
export async function updateChecklistItem(actor: Actor, itemId: string, input: UpdateChecklistItemInput) {
  assertCan(actor, "checklists.edit");
  const { item, incidentId, event } = await db().$transaction(async (tx) => {
    const before = await findVisibleItem(tx, actor, itemId);
    if (before.version !== input.version) throw await staleVersion(tx, before);
    const assigneeName = await assigneeNameFor(tx, input.assigneeId);
    const notApplicable = input.notApplicable ?? before.notApplicable;
    // Marking an item applicable again drops its reason; otherwise a reason given is kept.
    const notApplicableReason = input.notApplicable === false ? null : input.notApplicableReason !== undefined ? input.notApplicableReason : before.notApplicableReason;
    if (notApplicable && !notApplicableReason?.trim()) {
      throw new AppError("bad_request", "Say why the item does not apply", { details: [{ field: "notApplicableReason", message: "is required when notApplicable is true" }] });
    }

    const changed = await updateChecklistItemIfVersion(tx, itemId, input.version, {
      // Ticking a ticked item keeps who ticked it first, and when.
      ...(input.done === true && !before.doneAt ? { doneAt: new Date(), doneById: actor.userId } : {}),
      ...(input.done === false ? { doneAt: null, doneById: null } : {}),
      // An emptied note is no note.
      note: input.note === "" ? null : input.note,
      assigneeId: input.assigneeId,
      dueAt: input.dueAt === undefined ? undefined : input.dueAt === null ? null : new Date(input.dueAt),
      ...(input.notApplicable !== undefined || input.notApplicableReason !== undefined ? { notApplicable, notApplicableReason } : {}),
    });
    const item = await findChecklistItem(tx, itemId);
    if (!item) throw new Error(`Checklist item ${itemId} vanished while updating it`);
    if (changed === 0) throw await staleVersion(tx, item);

    const { version: _version, ...changes } = input;
    const event = await recordTimelineEvent(tx, actor, before.checklist.incidentId, {
      kind: "checklist.item_updated",
      summary: describeItemChange(before, { ...changes, assigneeName: input.assigneeId === undefined ? undefined : assigneeName }),
      payload: { checklistId: before.checklistId, itemId, changes, version: item.version },
    });
    return { item: toChecklistItemDto(item), incidentId: before.checklist.incidentId, event };
  });
  publish(`incident:${incidentId}`, "checklist:item-updated", { item });
  publishTimelineEvents(incidentId, [event]);
  return item;
}

/** An item of an incident the actor may not see does not exist for them (404, as for the incident). */
async function findVisibleItem(tx: Db, actor: Actor, itemId: string): Promise<ChecklistItemRow> {
  const item = await findChecklistItem(tx, itemId);
  const incident = item ? await findIncidentByRef(tx, item.checklist.incidentId) : null;
  if (!item || !incident || !isVisibleTo(actor, incident)) throw new AppError("not_found", "No checklist item with this id");
  return item;
}

async function assigneeNameFor(tx: Db, assigneeId: string | null | undefined): Promise<string | null> {
  if (!assigneeId) return null;
  const user = await findUserById(tx, assigneeId);
  if (!user) throw new AppError("bad_request", "No user with this id", { details: [{ field: "assigneeId", message: "is not a user" }] });
  return user.name;
}

/**
 * The 409 carries the item as it is now and who changed it last, so the
 * client shows "Ada changed this to …" and adopts the current value.
 */
async function staleVersion(tx: Db, current: ChecklistItemRow): Promise<AppError> {
  const changedBy = await findLastItemChangeActor(tx, current.checklist.incidentId, current.id);
  return new AppError("conflict", `${changedBy ?? "Someone"} changed this item first; here is its current state`, {
    details: [{ field: "version", message: `the current version is ${current.version}` }],
    extra: { current: { ...toChecklistItemDto(current), changedBy } },
  });
}
