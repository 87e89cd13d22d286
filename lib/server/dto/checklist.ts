import "server-only";
import { isAutoCheckKey, type AutoCheckEvidence, type AutoCheckKey } from "@/lib/domain/checklists/auto-check";
import type { ChecklistTemplateContent } from "@/lib/domain/checklists/checklist-template";
import type { ChecklistRow } from "../queries/checklists";
import type { ChecklistTemplateRow } from "../queries/checklist-templates";

type ChecklistItemFields = ChecklistRow["items"][number];

/** `ChecklistItem` of docs/api.md, for the API and the socket room alike. */
export function toChecklistItemDto(row: ChecklistItemFields) {
  return {
    id: row.id,
    checklistId: row.checklistId,
    groupTitle: row.groupTitle,
    position: row.position,
    text: row.text,
    hint: row.hint,
    assignee: row.assignee,
    dueAt: row.dueAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    note: row.note,
    notApplicable: row.notApplicable,
    notApplicableReason: row.notApplicableReason,
    autoCheck: row.autoCheck,
    version: row.version,
  };
}

export type ChecklistItemDto = ReturnType<typeof toChecklistItemDto>;

/**
 * `evidence`: the verification results that prove the incident's auto-check
 * keys; the checklist carries those its items name, so an item's tick and
 * its proof travel separately (item pushes do not recompute the proof).
 */
export function toChecklistDtoWithEvidence(row: ChecklistRow, evidence: Partial<Record<AutoCheckKey, AutoCheckEvidence>>) {
  const keys = new Set(row.items.map((item) => item.autoCheck).filter(isAutoCheckKey));
  return {
    id: row.id,
    name: row.name,
    template: row.template,
    anchorAt: row.anchorAt?.toISOString() ?? null,
    items: row.items.map(toChecklistItemDto),
    evidence: Object.fromEntries(Object.entries(evidence).filter(([key]) => keys.has(key as AutoCheckKey))),
  };
}

/** A checklist without the incident's verification evidence (none of its items is proven yet). */
export function toChecklistDto(row: ChecklistRow) {
  return toChecklistDtoWithEvidence(row, {});
}

export type ChecklistDto = ReturnType<typeof toChecklistDtoWithEvidence>;

export function toChecklistTemplateDto(row: ChecklistTemplateRow): { key: string; version: number; content: ChecklistTemplateContent; createdAt: string } {
  return { key: row.key, version: row.version, content: row.content, createdAt: row.createdAt.toISOString() };
}

export type ChecklistTemplateDto = ReturnType<typeof toChecklistTemplateDto>;
