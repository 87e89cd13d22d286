import "server-only";
import type { Db } from "../db/client";
import { visibleToWhere, type IncidentViewer } from "./incidents";

const incidentRef = { select: { id: true, number: true, title: true, status: true, severity: true } } as const;

/** Open checklist items assigned to the user, on incidents the viewer may see (private ones only as a participant). */
export function listOpenChecklistItemsAssignedTo(db: Db, viewer: IncidentViewer & { userId: string }) {
  return db.checklistItem.findMany({
    where: { assigneeId: viewer.userId, doneAt: null, notApplicable: false, checklist: { incident: visibleToWhere(viewer) } },
    select: {
      id: true,
      text: true,
      groupTitle: true,
      dueAt: true,
      version: true,
      checklist: { select: { id: true, name: true, incident: incidentRef } },
    },
    // The final order (overdue first) is the domain's; this keeps ties stable.
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { position: "asc" }],
    take: 500,
  });
}

export type AssignedChecklistItemRow = Awaited<ReturnType<typeof listOpenChecklistItemsAssignedTo>>[number];

/** Post-mortem action items the user owns that are not finished, on incidents the viewer may see. */
export function listOpenActionItemsOwnedBy(db: Db, viewer: IncidentViewer & { userId: string }) {
  return db.postMortemActionItem.findMany({
    where: { ownerId: viewer.userId, status: { in: ["open", "in_progress"] }, postMortem: { incident: visibleToWhere(viewer) } },
    select: { id: true, title: true, dueAt: true, status: true, postMortem: { select: { incident: incidentRef } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 500,
  });
}

export type OwnedActionItemRow = Awaited<ReturnType<typeof listOpenActionItemsOwnedBy>>[number];
