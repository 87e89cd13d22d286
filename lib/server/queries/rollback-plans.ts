import "server-only";
import type { Db } from "../db/client";
import type { Prisma, RollbackPlanType } from "../db/generated/client";

export const rollbackPlanFields = {
  id: true,
  serviceId: true,
  type: true,
  name: true,
  description: true,
  steps: true,
  verification: true,
  version: true,
  archivedAt: true,
  updatedAt: true,
} as const;

export function listPlansOfService(db: Db, serviceId: string) {
  return db.rollbackPlan.findMany({ where: { serviceId, archivedAt: null }, orderBy: [{ type: "asc" }, { name: "asc" }], select: rollbackPlanFields });
}

export function findPlanById(db: Db, id: string) {
  return db.rollbackPlan.findUnique({ where: { id }, select: rollbackPlanFields });
}

export function findPlanByName(db: Db, serviceId: string, name: string) {
  return db.rollbackPlan.findUnique({ where: { serviceId_name: { serviceId, name } }, select: rollbackPlanFields });
}

/** The plan an automatic rollback or an emergency runs: the first active plan of the type. */
export function findFirstPlanOfType(db: Db, serviceId: string, type: RollbackPlanType) {
  return db.rollbackPlan.findFirst({ where: { serviceId, type, archivedAt: null }, orderBy: { createdAt: "asc" }, select: rollbackPlanFields });
}

export function insertPlan(db: Db, data: Prisma.RollbackPlanUncheckedCreateInput) {
  return db.rollbackPlan.create({ data, select: rollbackPlanFields });
}

/** Null when the version moved on. */
export async function updatePlanAtVersion(db: Db, id: string, version: number, data: Prisma.RollbackPlanUpdateManyMutationInput) {
  const { count } = await db.rollbackPlan.updateMany({ where: { id, version, archivedAt: null }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findPlanById(db, id);
}

export type RollbackPlanRow = NonNullable<Awaited<ReturnType<typeof findPlanById>>>;
