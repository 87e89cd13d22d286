import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export function listRunbookScriptRows(db: Db) {
  return db.runbookScript.findMany({ orderBy: { name: "asc" } });
}

export function findRunbookScriptRow(db: Db, id: string) {
  return db.runbookScript.findUnique({ where: { id } });
}

export function findRunbookScriptByName(db: Db, name: string) {
  return db.runbookScript.findUnique({ where: { name } });
}

export function insertRunbookScriptRow(db: Db, data: Prisma.RunbookScriptCreateInput) {
  return db.runbookScript.create({ data });
}

export async function updateRunbookScriptAtVersion(db: Db, id: string, version: number, data: Prisma.RunbookScriptUpdateManyMutationInput) {
  const { count } = await db.runbookScript.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findRunbookScriptRow(db, id);
}

export function deleteRunbookScriptRow(db: Db, id: string) {
  return db.runbookScript.delete({ where: { id } });
}

/** Plans with a "command" step naming the script. */
export function findPlansUsingScript(db: Db, id: string) {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "RollbackPlan"
    WHERE "archivedAt" IS NULL AND jsonb_path_exists(steps, '$[*] ? (@.kind == "command" && @.params.scriptId == $id)', jsonb_build_object('id', ${id}::text))`;
}
