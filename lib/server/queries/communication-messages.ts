import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Newest first; an incident's history is short (tens of messages), so it is read whole. */
export function listCommunicationMessageRows(db: Db, incidentId: string) {
  return db.communicationMessage.findMany({ where: { incidentId }, orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: 200 });
}

export function insertCommunicationMessageRow(db: Db, data: Prisma.CommunicationMessageUncheckedCreateInput) {
  return db.communicationMessage.create({ data });
}

export type CommunicationMessageRow = Awaited<ReturnType<typeof insertCommunicationMessageRow>>;
