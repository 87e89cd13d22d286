import "server-only";
import type { Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { IncidentMilestone, IncidentStatus, Severity } from "@/lib/domain/incidents/lifecycle";
import { seesEveryPrivateIncident, type Role } from "@/lib/domain/permissions";
import type { MitigationKind } from "@/lib/domain/reports/mitigation";
import type { ParticipantRole } from "@/lib/domain/schemas/incidents";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const INCIDENT_KEY = /^INC-(\d{1,9})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const incidentInclude = {
  commander: { select: { id: true, name: true } },
  services: { select: { service: { select: { id: true, slug: true, name: true } } }, orderBy: { service: { name: "asc" } } },
  participants: { select: { role: true, addedAt: true, user: { select: { id: true, name: true, email: true } } }, orderBy: { addedAt: "asc" } },
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

/** Who is looking: the fields `canSeeIncident` needs. */
export type IncidentViewer = { role: Role; userId: string | null };

/**
 * `canSeeIncident` (lib/domain/permissions) as a WHERE clause, so lists leave
 * out private incidents in the database instead of after loading them. Keep
 * the two in step: public, or the viewer is an admin, or takes part.
 */
export function visibleToWhere(viewer: IncidentViewer): Prisma.IncidentWhereInput {
  if (seesEveryPrivateIncident(viewer.role)) return {};
  if (!viewer.userId) return { private: false };
  return { OR: [{ private: false }, { participants: { some: { userId: viewer.userId } } }] };
}

export type IncidentListFilters = { statuses?: readonly IncidentStatus[]; severity?: Severity; serviceId?: string };

/** Newest first. */
export function listVisibleIncidents(db: Db, viewer: IncidentViewer, filters: IncidentListFilters) {
  return db.incident.findMany({
    where: {
      AND: [
        visibleToWhere(viewer),
        {
          ...(filters.statuses ? { status: { in: [...filters.statuses] } } : {}),
          ...(filters.severity ? { severity: filters.severity } : {}),
          ...(filters.serviceId ? { services: { some: { serviceId: filters.serviceId } } } : {}),
        },
      ],
    },
    orderBy: [{ declaredAt: "desc" }, { number: "desc" }],
    include: incidentInclude,
  });
}

export type NewIncident = {
  title: string;
  summary: string | null;
  severity: Severity;
  scenario: Scenario | null;
  private: boolean;
  commanderId: string | null;
  detectedAt: Date;
  serviceIds: readonly string[];
  participants: readonly { userId: string; role: ParticipantRole }[];
};

export function insertIncident(db: Db, incident: NewIncident) {
  const { serviceIds, participants, ...fields } = incident;
  return db.incident.create({
    data: {
      ...fields,
      services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
      participants: { create: participants.map((participant) => ({ ...participant })) },
    },
    include: incidentInclude,
  });
}

/** The incident's own fields a use-case may change; milestones are set once and never cleared. */
export type IncidentFieldChanges = {
  title?: string;
  summary?: string | null;
  severity?: Severity;
  commanderId?: string | null;
  private?: boolean;
  mitigation?: MitigationKind | null;
  status?: IncidentStatus;
} & Partial<Record<IncidentMilestone | "decidedAt", Date>>;

/**
 * Applies the changes and bumps `version` only if the row still has
 * `expectedVersion`. The check and the write are one statement, so of two
 * concurrent writers that saw the same version exactly one succeeds.
 */
export async function updateIncidentIfVersion(db: Db, id: string, expectedVersion: number, changes: IncidentFieldChanges): Promise<boolean> {
  const { count } = await db.incident.updateMany({ where: { id, version: expectedVersion }, data: { ...changes, version: { increment: 1 } } });
  return count === 1;
}

export async function findIncidentByIdOrThrow(db: Db, id: string): Promise<IncidentRow> {
  return db.incident.findUniqueOrThrow({ where: { id }, include: incidentInclude });
}

/** The "time to rollback" clock stops at the first live rollback run; later runs leave it alone. */
export function markMitigationStarted(db: Db, id: string, at: Date) {
  return db.incident.updateMany({ where: { id, mitigationStartedAt: null }, data: { mitigationStartedAt: at, version: { increment: 1 } } });
}
