import { z } from "zod";
import { userRefSchema } from "./incidents";

/** The verification result an auto-checked item links to. */
export const autoCheckEvidenceSchema = z.object({ runId: z.string(), planName: z.string(), verifiedAt: z.string(), passed: z.number(), total: z.number() });
export type AutoCheckEvidence = z.infer<typeof autoCheckEvidenceSchema>;

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
  autoCheck: z.string().nullable(),
  version: z.number(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  id: z.string(),
  name: z.string(),
  template: z.object({ key: z.string(), version: z.number() }),
  anchorAt: z.string().nullable(),
  items: z.array(checklistItemSchema),
  /** By auto-check key: the newest verification that proves it. */
  evidence: z.record(z.string(), autoCheckEvidenceSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const checklistsResponseSchema = z.object({ checklists: z.array(checklistSchema) });
export type ChecklistsResponse = z.infer<typeof checklistsResponseSchema>;

export const checklistItemResponseSchema = z.object({ item: checklistItemSchema });

/** The body of a stale write's 409: the item as it is now, and who changed it last. */
export const checklistItemConflictSchema = checklistItemSchema.extend({ changedBy: z.string().nullable() });
export type ChecklistItemConflict = z.infer<typeof checklistItemConflictSchema>;
