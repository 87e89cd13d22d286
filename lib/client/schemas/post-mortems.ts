import { z } from "zod";
import { ACTION_ITEM_STATUSES } from "@/lib/domain/post-mortems/action-items";
import { POST_MORTEM_STATUSES } from "@/lib/domain/post-mortems/review-state";
import { userRefSchema } from "./incidents";

/** docs/api.md, `ActionItem`. */
export const actionItemSchema = z.object({
  id: z.string(),
  postMortemId: z.string(),
  incidentId: z.string(),
  title: z.string(),
  owner: userRefSchema.nullable(),
  dueAt: z.string().nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** docs/api.md, `PostMortem`. */
export const postMortemSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  incidentKey: z.string(),
  status: z.enum(POST_MORTEM_STATUSES),
  title: z.string(),
  content: z.string(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: userRefSchema.nullable(),
  version: z.number(),
  updatedAt: z.string(),
  actionItems: z.array(actionItemSchema),
});
export type PostMortem = z.infer<typeof postMortemSchema>;

export const postMortemResponseSchema = z.object({ postMortem: postMortemSchema });
export const actionItemResponseSchema = z.object({ item: actionItemSchema });
