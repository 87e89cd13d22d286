import { z } from "zod";
import { ACTION_ITEM_STATUSES } from "../post-mortems/action-items";
import { POST_MORTEM_STATUSES } from "../post-mortems/review-state";

/** A whole post-mortem stays well under this; the cap keeps one request from filling the database. */
export const MAX_POST_MORTEM_CHARS = 200_000;

const version = z.number().int().min(1);

export const updatePostMortemSchema = z.object({
  /** The version the client saw: a stale one means someone saved first (409, with the current text). */
  version,
  content: z.string().max(MAX_POST_MORTEM_CHARS, `must be at most ${MAX_POST_MORTEM_CHARS} characters`),
});
export type UpdatePostMortemInput = z.infer<typeof updatePostMortemSchema>;

export const movePostMortemSchema = z.object({ version, to: z.enum(POST_MORTEM_STATUSES) });
export type MovePostMortemInput = z.infer<typeof movePostMortemSchema>;

const dueAt = z.iso.datetime({ offset: true, message: "must be an ISO date-time" }).nullable();
const title = z.string().trim().min(1, "is required").max(300);

export const createActionItemSchema = z.object({
  title,
  ownerId: z.uuid("must be a user id").nullable().optional(),
  dueAt: dueAt.optional(),
});
export type CreateActionItemInput = z.infer<typeof createActionItemSchema>;

const ACTION_ITEM_FIELDS = ["title", "ownerId", "dueAt", "status"] as const;

export const updateActionItemSchema = z
  .object({
    version,
    title: title.optional(),
    ownerId: z.uuid("must be a user id").nullable().optional(),
    dueAt: dueAt.optional(),
    status: z.enum(ACTION_ITEM_STATUSES).optional(),
  })
  .refine((value) => ACTION_ITEM_FIELDS.some((field) => value[field] !== undefined), { message: `give at least one of ${ACTION_ITEM_FIELDS.join(", ")}` });
export type UpdateActionItemInput = z.infer<typeof updateActionItemSchema>;

export const actionItemParamsSchema = z.object({ itemId: z.uuid("must be an action item id") });

export const exportPostMortemQuerySchema = z.object({ format: z.enum(["markdown"], "must be markdown").default("markdown") });
