import { z } from "zod";
import { checklistTemplateSchema } from "@/lib/domain/checklists/checklist-template";

/** docs/api.md, a checklist template version: `{ key, version, content, createdAt }`. */
export const checklistTemplateVersionSchema = z.object({ key: z.string(), version: z.number(), content: checklistTemplateSchema, createdAt: z.string() });
export type ChecklistTemplateVersion = z.infer<typeof checklistTemplateVersionSchema>;

export const checklistTemplatesResponseSchema = z.object({ templates: z.array(checklistTemplateVersionSchema) });

export const checklistTemplateResponseSchema = z.object({
  template: checklistTemplateVersionSchema,
  versions: z.array(z.object({ version: z.number(), createdAt: z.string() })),
});

export const publishChecklistTemplateResponseSchema = z.object({ template: checklistTemplateVersionSchema });
