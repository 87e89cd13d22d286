import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { checklistTemplateSchema } from "@/lib/domain/checklists/checklist-template";
import type { ChecklistTemplateKey } from "@/lib/domain/schemas/checklists";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { toChecklistTemplateDto } from "../dto/checklist";
import { assertCan } from "../permissions/assert-can";
import { insertChecklistTemplate, lockChecklistTemplateKey } from "../queries/checklist-templates";
import { ensureActiveChecklistTemplate } from "./get-active-checklist-template";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

/**
 * PUT /checklist-templates/{key}: stores the content as the next version.
 * Checklists already created keep their copied items; new ones use this version.
 */
export async function publishChecklistTemplate(actor: Actor, key: ChecklistTemplateKey, content: unknown, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const parsed = checklistTemplateSchema.safeParse(content);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ field: issue.path.length > 0 ? issue.path.join(".") : "template", message: issue.message }));
    throw new AppError("bad_request", `The template is invalid: ${details.map((detail) => `${detail.field}: ${detail.message}`).join("; ")}`, { details });
  }
  try {
    const { row, audit } = await db().$transaction(async (tx) => {
      await lockChecklistTemplateKey(tx, key);
      // Seeding first keeps version 1 the seed template, whichever request came first.
      const active = await ensureActiveChecklistTemplate(tx, key);
      const row = await insertChecklistTemplate(tx, { key, version: active.version + 1, content: parsed.data, createdById: actor.userId });
      const audit = await recordAuditEvent(tx, actor, requestId, {
        action: "checklist_template.published",
        targetType: "checklist_template",
        targetId: row.id,
        payload: { key, version: row.version, name: parsed.data.name, previousVersion: active.version },
      });
      return { row, audit };
    });
    publishAuditEvent(audit);
    return toChecklistTemplateDto(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "Another version of this template was published at the same moment; reload and publish again");
    throw error;
  }
}
