import "server-only";
import { seesEveryPrivateIncident } from "@/lib/domain/permissions";
import { Prisma } from "../db/generated/client";
import type { IncidentViewer } from "./incidents";

/**
 * `canSeeIncident` (lib/domain/permissions) as a raw SQL condition on the
 * incident row aliased `incident`, for queries Prisma's where-builder cannot
 * express (reports, search). `visibleToWhere` is the same rule for Prisma.
 */
export function visibleIncidentSql(viewer: IncidentViewer, incident: Prisma.Sql): Prisma.Sql {
  if (seesEveryPrivateIncident(viewer.role)) return Prisma.sql`TRUE`;
  if (!viewer.userId) return Prisma.sql`NOT ${incident}."private"`;
  return Prisma.sql`(NOT ${incident}."private" OR EXISTS (SELECT 1 FROM "IncidentParticipant" p WHERE p."incidentId" = ${incident}."id" AND p."userId" = ${viewer.userId}::uuid))`;
}
