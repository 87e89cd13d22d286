import "server-only";
import type { Db } from "../db/client";

const INCIDENT_KEY = /^INC-(\d{1,9})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const incidentInclude = {
  commander: { select: { id: true, name: true } },
  services: { select: { service: { select: { id: true, slug: true, name: true } } } },
  participants: { select: { role: true, addedAt: true, user: { select: { id: true, name: true, email: true } } } },
} as const;

/** `INC-42` or the uuid; anything else matches nothing. */
export function incidentWhere(ref: string): { number: number } | { id: string } | null {
  const key = INCIDENT_KEY.exec(ref);
  if (key) return { number: Number(key[1]) };
  return UUID.test(ref) ? { id: ref } : null;
}

export function findIncidentByRef(db: Db, ref: string) {
  const where = incidentWhere(ref);
  return where ? db.incident.findUnique({ where, include: incidentInclude }) : Promise.resolve(null);
}

export type IncidentRow = NonNullable<Awaited<ReturnType<typeof findIncidentByRef>>>;
