import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const serviceFields = { id: true, slug: true, name: true, team: true, environment: true, description: true, links: true, createdAt: true } as const;

export type ServiceData = { slug: string; name: string; team: string; environment: string; description: string | null; links: Prisma.InputJsonValue };

/** Archived services stay in the database for old incidents but are no longer offered. */
export function listActiveServices(db: Db) {
  return db.service.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: serviceFields });
}

export function findServiceById(db: Db, id: string) {
  return db.service.findUnique({ where: { id }, select: serviceFields });
}

/** The active services among `ids`, to check that an incident names only real ones. */
export function findActiveServicesByIds(db: Db, ids: readonly string[]) {
  return db.service.findMany({ where: { id: { in: [...ids] }, archivedAt: null }, select: { id: true } });
}

export function insertService(db: Db, data: ServiceData) {
  return db.service.create({ data, select: serviceFields });
}

export function updateServiceRow(db: Db, id: string, data: Partial<ServiceData>) {
  return db.service.update({ where: { id }, data, select: serviceFields });
}

export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findServiceById>>>;

export function listServiceNames(db: Db, ids: readonly string[]) {
  return db.service.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, slug: true } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By id or by slug. */
export function findServiceByRef(db: Db, ref: string) {
  return db.service.findFirst({ where: UUID.test(ref) ? { id: ref } : { slug: ref.toLowerCase() }, select: serviceFields });
}

export function findServiceBySlug(db: Db, slug: string) {
  return db.service.findUnique({ where: { slug }, select: serviceFields });
}
