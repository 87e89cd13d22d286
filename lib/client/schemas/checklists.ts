import { z } from "zod";
import { userRefSchema } from "./incidents";

/** docs/api.md, `ChecklistItem`. */
export const checklistItemSchema = z.object({
  id: z.string(),
  checklistId: z.string(),
  groupTitle: z.string(),
  position: z.number(),
  text: z.string(),
  hint: z.string().nullable(),
  assignee: userRefSchema.nullable(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: userRefSchema.nullable(),
  note: z.string().nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: z.string().nullable(),
  version: z.number(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  id: z.string(),
  name: z.string(),
  template: z.object({ key: z.string(), version: z.number() }),
  items: z.array(checklistItemSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const checklistsResponseSchema = z.object({ checklists: z.array(checklistSchema) });
export type ChecklistsResponse = z.infer<typeof checklistsResponseSchema>;

export const checklistItemResponseSchema = z.object({ item: checklistItemSchema });
