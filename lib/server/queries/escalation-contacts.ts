import "server-only";
import type { Db } from "../db/client";
import type { Availability } from "../db/generated/enums";

const contactFields = { id: true, level: true, name: true, contact: true, availability: true, position: true, createdAt: true } as const;

export type EscalationContactData = { level: string; name: string; contact: string; availability: Availability };

/** In creation order; the service sorts them along the escalation path. */
export function listEscalationContacts(db: Db) {
  return db.escalationContact.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: contactFields });
}

export function findEscalationContactById(db: Db, id: string) {
  return db.escalationContact.findUnique({ where: { id }, select: contactFields });
}

export function insertEscalationContact(db: Db, data: EscalationContactData) {
  return db.escalationContact.create({ data, select: contactFields });
}

export function updateEscalationContactRow(db: Db, id: string, data: Partial<EscalationContactData>) {
  return db.escalationContact.update({ where: { id }, data, select: contactFields });
}

export function deleteEscalationContactRow(db: Db, id: string) {
  return db.escalationContact.delete({ where: { id }, select: contactFields });
}

export type EscalationContactRow = NonNullable<Awaited<ReturnType<typeof findEscalationContactById>>>;
