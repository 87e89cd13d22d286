import "server-only";
import { orderTasks } from "@/lib/domain/checklists/task-order";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listOpenActionItemsOwnedBy, listOpenChecklistItemsAssignedTo, type AssignedChecklistItemRow, type OwnedActionItemRow } from "../../queries/tasks";

type IncidentRefRow = AssignedChecklistItemRow["checklist"]["incident"];

function toIncidentRef(incident: IncidentRefRow) {
  return { id: incident.id, key: `INC-${incident.number}`, title: incident.title, status: incident.status, severity: incident.severity };
}

function overdue(dueAt: Date | null, now: number): boolean {
  return dueAt !== null && dueAt.getTime() < now;
}

function toChecklistTaskDto(row: AssignedChecklistItemRow, now: number) {
  return {
    id: row.id,
    text: row.text,
    groupTitle: row.groupTitle,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: overdue(row.dueAt, now),
    version: row.version,
    checklist: { id: row.checklist.id, name: row.checklist.name },
    incident: toIncidentRef(row.checklist.incident),
  };
}

function toActionItemTaskDto(row: OwnedActionItemRow, now: number) {
  return {
    id: row.id,
    title: row.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: overdue(row.dueAt, now),
    status: row.status,
    incident: toIncidentRef(row.postMortem.incident),
  };
}

/**
 * GET /me/tasks: the caller's open checklist items and post-mortem action
 * items across the incidents they may see, overdue first, then by due time.
 * A token without a user has no tasks.
 */
export async function listMyTasks(actor: Actor) {
  assertCan(actor, "incidents.read");
  const now = Date.now();
  if (!actor.userId) return { checklistItems: [], actionItems: [] };
  const viewer = { role: actor.role, userId: actor.userId };
  const [items, actionItems] = await Promise.all([listOpenChecklistItemsAssignedTo(db(), viewer), listOpenActionItemsOwnedBy(db(), viewer)]);
  return {
    checklistItems: orderTasks(
      items.map((row) => toChecklistTaskDto(row, now)),
      now,
    ),
    actionItems: orderTasks(
      actionItems.map((row) => toActionItemTaskDto(row, now)),
      now,
    ),
  };
}
