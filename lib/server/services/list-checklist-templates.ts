import "server-only";
import { CHECKLIST_TEMPLATE_KEYS } from "@/lib/domain/schemas/checklists";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toChecklistTemplateDto, type ChecklistTemplateDto } from "../dto/checklist";
import { assertCan } from "../permissions/assert-can";
import { ensureActiveChecklistTemplate } from "./get-active-checklist-template";

/**
 * GET /checklist-templates: the active version of every known template, in
 * the order the keys are declared. A template never published yet is seeded
 * as version 1 here, as on its first single read.
 */
export async function listChecklistTemplates(actor: Actor): Promise<ChecklistTemplateDto[]> {
  assertCan(actor, "incidents.read");
  const templates: ChecklistTemplateDto[] = [];
  for (const key of CHECKLIST_TEMPLATE_KEYS) templates.push(toChecklistTemplateDto(await ensureActiveChecklistTemplate(db(), key)));
  return templates;
}
