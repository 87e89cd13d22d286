import "server-only";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";

const publicUserFields = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

export function findUserById(db: Db, id: string) {
  return db.user.findUnique({ where: { id }, select: publicUserFields });
}

export function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...publicUserFields, passwordHash: true } });
}

export function listUsers(db: Db) {
  return db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }], select: publicUserFields });
}

export function countActiveAdmins(db: Db) {
  return db.user.count({ where: { role: "admin", disabledAt: null } });
}

export function insertUser(db: Db, data: { email: string; name: string; role: Role; passwordHash: string | null }) {
  return db.user.create({ data: { ...data, email: data.email.toLowerCase() }, select: publicUserFields });
}

export function updateUserRow(db: Db, id: string, data: { name?: string; role?: Role; disabledAt?: Date | null }) {
  return db.user.update({ where: { id }, data, select: publicUserFields });
}

export type PublicUser = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export function countAdmins(db: Db) {
  return db.user.count({ where: { role: "admin" } });
}

export function findUserIdByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
}

export function setUserPasswordAndRole(db: Db, id: string, data: { role: Role; passwordHash: string }) {
  return db.user.update({ where: { id }, data: { ...data, disabledAt: null }, select: publicUserFields });
}

/** Serialises changes to who is an admin, for the rest of the transaction. */
export function lockAdminSet(db: Db) {
  return db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rewind.users.admins'))`;
}

export function setUserPassword(db: Db, id: string, passwordHash: string) {
  return db.user.update({ where: { id }, data: { passwordHash }, select: publicUserFields });
}
