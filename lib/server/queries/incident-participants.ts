import "server-only";
import type { ParticipantRole } from "@/lib/domain/schemas/incidents";
import type { Db } from "../db/client";

export function insertParticipant(db: Db, data: { incidentId: string; userId: string; role: ParticipantRole }) {
  return db.incidentParticipant.create({ data });
}

/** Adds the person, or gives an existing participant the new role. */
export function upsertParticipant(db: Db, data: { incidentId: string; userId: string; role: ParticipantRole }) {
  const { incidentId, userId, role } = data;
  return db.incidentParticipant.upsert({ where: { incidentId_userId: { incidentId, userId } }, create: data, update: { role } });
}

export function setParticipantRole(db: Db, data: { incidentId: string; userId: string; role: ParticipantRole }) {
  const { incidentId, userId, role } = data;
  return db.incidentParticipant.updateMany({ where: { incidentId, userId }, data: { role } });
}

/** True when the person took part and no longer does. */
export async function deleteParticipant(db: Db, incidentId: string, userId: string): Promise<boolean> {
  const { count } = await db.incidentParticipant.deleteMany({ where: { incidentId, userId } });
  return count === 1;
}
