import "server-only";
import { UNASSIGNED_SERVICE_SLUG } from "@/lib/domain/alerts/alert-labels";
import { SEVERITIES, type Severity } from "@/lib/domain/incidents/lifecycle";
import type { Db } from "../db/client";

/** Registered services an alert may name; archived ones no longer take alerts. */
export function findActiveServicesBySlugs(tx: Db, slugs: readonly string[]) {
  return tx.service.findMany({ where: { slug: { in: [...slugs] }, archivedAt: null }, select: { id: true, slug: true } });
}

export const UNASSIGNED_SERVICE = { slug: UNASSIGNED_SERVICE_SLUG, name: "Unassigned", team: "unassigned", environment: "unknown", description: "Alerts that name no registered service land here" } as const;

/**
 * The `unassigned` service, created on first need. ON CONFLICT DO NOTHING
 * (skipDuplicates) lets two transactions race for it without an error; the
 * one that inserted learns so from the count. An archived `unassigned` is
 * still used: an alert is never dropped.
 */
export async function ensureUnassignedService(tx: Db): Promise<{ id: string; created: boolean }> {
  const { count } = await tx.service.createMany({ data: [UNASSIGNED_SERVICE], skipDuplicates: true });
  const service = await tx.service.findUniqueOrThrow({ where: { slug: UNASSIGNED_SERVICE_SLUG }, select: { id: true } });
  return { id: service.id, created: count === 1 };
}

/** Links services an incident does not link yet; returns how many were new. */
export async function linkIncidentServices(tx: Db, incidentId: string, serviceIds: readonly string[]): Promise<number> {
  const { count } = await tx.incidentService.createMany({ data: serviceIds.map((serviceId) => ({ incidentId, serviceId })), skipDuplicates: true });
  return count;
}

/**
 * Raises the severity and bumps the version (someone editing the incident
 * must see the change) only if the incident is less severe than `severity`;
 * the check and the write are one statement. Never lowers: a person may have
 * raised it on purpose.
 */
export async function raiseIncidentSeverity(tx: Db, incidentId: string, severity: Severity): Promise<boolean> {
  const lessSevere = SEVERITIES.slice(SEVERITIES.indexOf(severity) + 1);
  const { count } = await tx.incident.updateMany({ where: { id: incidentId, severity: { in: [...lessSevere] } }, data: { severity, version: { increment: 1 } } });
  return count === 1;
}
