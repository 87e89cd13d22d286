import "server-only";
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
    version: row.version,
  };
}

export type ChecklistItemDto = ReturnType<typeof toChecklistItemDto>;

export function toChecklistDto(row: ChecklistRow) {
  return { id: row.id, name: row.name, template: row.template, items: row.items.map(toChecklistItemDto) };
}

export type ChecklistDto = ReturnType<typeof toChecklistDto>;

export function toChecklistTemplateDto(row: ChecklistTemplateRow): { key: string; version: number; content: ChecklistTemplateContent; createdAt: string } {
  return { key: row.key, version: row.version, content: row.content, createdAt: row.createdAt.toISOString() };
}

export type ChecklistTemplateDto = ReturnType<typeof toChecklistTemplateDto>;
