import "server-only";
import { decisionTreeSchema, type DecisionTree } from "@/lib/domain/decisions/decision-tree";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** A stored tree version with its content parsed back into the domain type. */
export type DecisionTreeVersionRow = { id: string; key: string; version: number; content: DecisionTree; createdById: string | null; createdAt: Date };

/** Stored content passed validation on publish; parsing again types it and catches a hand-edited row early. */
export function parseDecisionTreeVersion(row: Omit<DecisionTreeVersionRow, "content"> & { content: Prisma.JsonValue }): DecisionTreeVersionRow {
  return { ...row, content: decisionTreeSchema.parse(row.content) };
}

/** The active version of a tree is its highest. */
export async function findLatestDecisionTreeVersion(db: Db, key: string): Promise<DecisionTreeVersionRow | null> {
  const row = await db.decisionTreeVersion.findFirst({ where: { key }, orderBy: { version: "desc" } });
  return row ? parseDecisionTreeVersion(row) : null;
}

export function listDecisionTreeVersions(db: Db, key: string) {
  return db.decisionTreeVersion.findMany({ where: { key }, orderBy: { version: "desc" }, select: { version: true, createdAt: true } });
}

/** Inserts nothing when the version exists already, so concurrent first uses seed it once. */
export function insertDecisionTreeVersionUnlessTaken(db: Db, data: { key: string; version: number; content: DecisionTree; createdById: string | null }) {
  return db.decisionTreeVersion.createMany({ data: [data], skipDuplicates: true });
}

export async function insertDecisionTreeVersion(db: Db, data: { key: string; version: number; content: DecisionTree; createdById: string | null }): Promise<DecisionTreeVersionRow> {
  return parseDecisionTreeVersion(await db.decisionTreeVersion.create({ data }));
}

/** Serialises publications of one tree for the rest of the transaction, so each gets the next version number. */
export function lockDecisionTreeKey(db: Db, key: string) {
  return db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rewind.decision-tree.${key}`}::text))`;
}
