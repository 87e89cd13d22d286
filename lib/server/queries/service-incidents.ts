import "server-only";
import type { Db } from "../db/client";

/** Incidents not yet resolved that name any of the services: where a health signal belongs on a timeline. */
export function listOpenIncidentsOfServices(db: Db, serviceIds: readonly string[]) {
  return db.incidentService.findMany({
    where: { serviceId: { in: [...serviceIds] }, incident: { status: { notIn: ["resolved", "closed"] } } },
    select: { serviceId: true, incident: { select: { id: true, number: true, detectedAt: true } } },
  });
}

export function listIncidentsOfServiceSince(db: Db, serviceId: string, since: Date) {
  return db.incidentService.findMany({
    where: { serviceId, incident: { detectedAt: { gte: since }, private: false } },
    select: { incident: { select: { id: true, number: true, title: true, detectedAt: true } } },
    take: 100,
  });
}
