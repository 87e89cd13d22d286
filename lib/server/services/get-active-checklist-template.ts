import "server-only";
import { PRE_ROLLBACK_CHECKLIST, type ChecklistTemplateContent } from "@/lib/domain/checklists/checklist-template";
import { POST_ROLLBACK_CHECKLIST, ROLLBACK_VERIFICATION_CHECKLIST, SUCCESS_CRITERIA_CHECKLIST } from "@/lib/domain/checklists/post-rollback-templates";
import type { ChecklistTemplateKey } from "@/lib/domain/schemas/checklists";
import type { Actor } from "../auth/caller";
import { db, type Db } from "../db/client";
import { toChecklistTemplateDto } from "../dto/checklist";
import { assertCan } from "../permissions/assert-can";
import { findLatestChecklistTemplate, insertChecklistTemplateUnlessTaken, listChecklistTemplateVersions, type ChecklistTemplateRow } from "../queries/checklist-templates";

const SEED_TEMPLATES: Record<ChecklistTemplateKey, ChecklistTemplateContent> = {
  "pre-rollback": PRE_ROLLBACK_CHECKLIST,
  "post-rollback": POST_ROLLBACK_CHECKLIST,
  "rollback-verification": ROLLBACK_VERIFICATION_CHECKLIST,
  "success-criteria": SUCCESS_CRITERIA_CHECKLIST,
};

/** GET /checklist-templates/{key}: the active version and the list of all versions. */
export async function getActiveChecklistTemplate(actor: Actor, key: ChecklistTemplateKey) {
  assertCan(actor, "incidents.read");
  const template = await ensureActiveChecklistTemplate(db(), key);
  const versions = await listChecklistTemplateVersions(db(), key);
  return { template: toChecklistTemplateDto(template), versions: versions.map(({ version, createdAt }) => ({ version, createdAt: createdAt.toISOString() })) };
}

/**
 * The highest version of the template; on first use the seed becomes version
 * 1, inserted once however many callers race (the insert skips an existing
 * (key, version)).
 */
export async function ensureActiveChecklistTemplate(tx: Db, key: ChecklistTemplateKey): Promise<ChecklistTemplateRow> {
  const latest = await findLatestChecklistTemplate(tx, key);
  if (latest) return latest;
  await insertChecklistTemplateUnlessTaken(tx, { key, version: 1, content: SEED_TEMPLATES[key], createdById: null });
  const seeded = await findLatestChecklistTemplate(tx, key);
  if (!seeded) throw new Error(`Checklist template "${key}" has no version after seeding it`);
  return seeded;
}
