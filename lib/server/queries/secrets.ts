import "server-only";
import type { Db } from "../db/client";

/** Everything but the ciphertext: what lists and answers may show. */
export const secretListFields = { id: true, name: true, description: true, version: true, createdAt: true, updatedAt: true } as const;

export function listSecretRows(db: Db) {
  return db.secret.findMany({ orderBy: { name: "asc" }, select: secretListFields });
}

export function findSecretRow(db: Db, name: string) {
  return db.secret.findUnique({ where: { name }, select: secretListFields });
}

export function findSealedSecret(db: Db, name: string) {
  return db.secret.findUnique({ where: { name }, select: { name: true, ciphertext: true } });
}

export function insertSecretRow(db: Db, data: { name: string; description: string | null; ciphertext: string }) {
  return db.secret.create({ data, select: secretListFields });
}

/** Null when the version moved on (someone else wrote first). */
export async function updateSecretAtVersion(db: Db, name: string, version: number, data: { description?: string | null; ciphertext?: string }) {
  const { count } = await db.secret.updateMany({ where: { name, version }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findSecretRow(db, name);
}

export function deleteSecretRow(db: Db, name: string) {
  return db.secret.delete({ where: { name } });
}

/** Plans whose steps or checks reference the secret, by its JSON form `{"secret":"name"}`. */
export function findPlansUsingSecret(db: Db, name: string) {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "RollbackPlan"
    WHERE "archivedAt" IS NULL AND (jsonb_path_exists(steps, '$.** ? (@.secret == $n)', jsonb_build_object('n', ${name}::text))
      OR jsonb_path_exists(verification, '$.** ? (@.secret == $n)', jsonb_build_object('n', ${name}::text)))`;
}
