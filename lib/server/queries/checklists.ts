import "server-only";
import type { Db } from "../db/client";

const person = { select: { id: true, name: true } } as const;
const itemInclude = { assignee: person, doneBy: person } as const;
const checklistInclude = {
  template: { select: { key: true, version: true } },
  items: { orderBy: { position: "asc" }, include: itemInclude },
} as const;

export function listIncidentChecklists(db: Db, incidentId: string) {
  return db.checklist.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: checklistInclude });
}

export type ChecklistRow = Awaited<ReturnType<typeof listIncidentChecklists>>[number];

/** Any checklist of the incident made from any version of the template. */
export function findChecklistFromTemplateKey(db: Db, incidentId: string, templateKey: string) {
  return db.checklist.findFirst({ where: { incidentId, template: { key: templateKey } }, select: { id: true } });
}

export function insertChecklistWithItems(
  db: Db,
  data: { incidentId: string; templateId: string; name: string; items: { groupTitle: string; position: number; text: string; hint: string | null }[] },
) {
  return db.checklist.create({
    data: { incidentId: data.incidentId, templateId: data.templateId, name: data.name, items: { createMany: { data: data.items } } },
    select: { id: true },
  });
}

export function findChecklistItem(db: Db, itemId: string) {
  return db.checklistItem.findUnique({ where: { id: itemId }, include: { ...itemInclude, checklist: { select: { incidentId: true } } } });
}

export type ChecklistItemRow = NonNullable<Awaited<ReturnType<typeof findChecklistItem>>>;

/**
 * Writes only when the row still has the version the caller saw, and bumps it.
 * Returns how many rows changed: 0 means someone else changed the item first.
 */
export async function updateChecklistItemIfVersion(
  db: Db,
  itemId: string,
  version: number,
  data: {
    doneAt?: Date | null;
    doneById?: string | null;
    note?: string | null;
    assigneeId?: string | null;
    dueAt?: Date | null;
    notApplicable?: boolean;
    notApplicableReason?: string | null;
  },
): Promise<number> {
  const { count } = await db.checklistItem.updateMany({ where: { id: itemId, version }, data: { ...data, version: { increment: 1 } } });
  return count;
}
