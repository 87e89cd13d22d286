import "server-only";
import { checklistTemplateSchema, type ChecklistTemplateContent } from "@/lib/domain/checklists/checklist-template";
import type { Db } from "../db/client";

/** A stored template version with its content parsed back into the domain type. */
export type ChecklistTemplateRow = { id: string; key: string; version: number; content: ChecklistTemplateContent; createdById: string | null; createdAt: Date };

/** The active version of a template is its highest. */
export async function findLatestChecklistTemplate(db: Db, key: string): Promise<ChecklistTemplateRow | null> {
  const row = await db.checklistTemplate.findFirst({ where: { key }, orderBy: { version: "desc" } });
  // Stored content passed validation on publish; parsing again types it.
  return row ? { ...row, content: checklistTemplateSchema.parse(row.content) } : null;
}

export function listChecklistTemplateVersions(db: Db, key: string) {
  return db.checklistTemplate.findMany({ where: { key }, orderBy: { version: "desc" }, select: { version: true, createdAt: true } });
}

/** Inserts nothing when the version exists already, so concurrent first uses seed it once. */
export function insertChecklistTemplateUnlessTaken(db: Db, data: { key: string; version: number; content: ChecklistTemplateContent; createdById: string | null }) {
  return db.checklistTemplate.createMany({ data: [data], skipDuplicates: true });
}

export async function insertChecklistTemplate(db: Db, data: { key: string; version: number; content: ChecklistTemplateContent; createdById: string | null }): Promise<ChecklistTemplateRow> {
  const row = await db.checklistTemplate.create({ data });
  return { ...row, content: checklistTemplateSchema.parse(row.content) };
}

/** Serialises publications of one template for the rest of the transaction, so each gets the next version number. */
export function lockChecklistTemplateKey(db: Db, key: string) {
  return db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rewind.checklist-template.${key}`}::text))`;
}
