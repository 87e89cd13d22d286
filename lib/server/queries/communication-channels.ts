import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type ChannelFields = { name: string; kind: "chat_webhook" | "email" | "status_webhook"; config: Prisma.InputJsonObject; enabled: boolean };

export function listCommunicationChannelRows(db: Db) {
  return db.communicationChannel.findMany({ orderBy: { name: "asc" } });
}

export function findCommunicationChannelRow(db: Db, id: string) {
  return db.communicationChannel.findUnique({ where: { id } });
}

export type CommunicationChannelRow = NonNullable<Awaited<ReturnType<typeof findCommunicationChannelRow>>>;

export function findCommunicationChannelByName(db: Db, name: string) {
  return db.communicationChannel.findUnique({ where: { name } });
}

export function insertCommunicationChannelRow(db: Db, data: ChannelFields) {
  return db.communicationChannel.create({ data });
}

/** Null when the version moved on (someone else wrote first). */
export async function updateCommunicationChannelAtVersion(db: Db, id: string, version: number, data: ChannelFields) {
  const { count } = await db.communicationChannel.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findCommunicationChannelRow(db, id);
}

export function deleteCommunicationChannelRow(db: Db, id: string) {
  return db.communicationChannel.delete({ where: { id } });
}
