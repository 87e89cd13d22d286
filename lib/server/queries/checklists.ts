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

export type NewChecklistItem = { groupTitle: string; position: number; text: string; hint: string | null; autoCheck: string | null; dueAt: Date | null };

export function insertChecklistWithItems(db: Db, data: { incidentId: string; templateId: string; name: string; anchorAt: Date | null; items: NewChecklistItem[] }) {
  return db.checklist.create({
    data: { incidentId: data.incidentId, templateId: data.templateId, name: data.name, anchorAt: data.anchorAt, items: { createMany: { data: data.items } } },
    select: { id: true },
  });
}

export function findChecklistItem(db: Db, itemId: string) {
  return db.checklistItem.findUnique({ where: { id: itemId }, include: { ...itemInclude, checklist: { select: { incidentId: true } } } });
}

export type ChecklistItemRow = NonNullable<Awaited<ReturnType<typeof findChecklistItem>>>;

/**
 * Stamps when service was restored, the first time only; false when it was
 * already stamped. The row lock makes a concurrent second stamp wait and then
 * find the column set, so exactly one transaction wins.
 */
export async function claimIncidentRestoredAt(db: Db, incidentId: string, at: Date): Promise<boolean> {
  const { count } = await db.incident.updateMany({ where: { id: incidentId, restoredAt: null }, data: { restoredAt: at } });
  return count === 1;
}

/** Open items of the incident that a verification result can tick. */
export function listOpenAutoCheckItems(db: Db, incidentId: string) {
  return db.checklistItem.findMany({
    where: { checklist: { incidentId }, autoCheck: { not: null }, doneAt: null, notApplicable: false },
    orderBy: [{ checklist: { createdAt: "asc" } }, { position: "asc" }],
    select: { id: true, checklistId: true, text: true, autoCheck: true, version: true },
  });
}

/** The incident's live runs whose verification finished, with their reports; the evidence auto-checked items link to. */
export function listVerifiedRunsOfIncident(db: Db, incidentId: string) {
  return db.rollbackRun.findMany({
    where: { incidentId, mode: "live", verificationStatus: { in: ["passed", "failed"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, planSnapshot: true, verification: true },
  });
}

/** Who changed the item last, from its newest timeline event (the engine's ticks included). */
export async function findLastItemChangeActor(db: Db, incidentId: string, itemId: string): Promise<string | null> {
  const event = await db.timelineEvent.findFirst({
    where: { incidentId, kind: "checklist.item_updated", payload: { path: ["itemId"], equals: itemId } },
    orderBy: { id: "desc" },
    select: { actorName: true },
  });
  return event?.actorName ?? null;
}

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
