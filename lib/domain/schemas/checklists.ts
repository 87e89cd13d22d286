import { z } from "zod";
import { PRE_ROLLBACK_TEMPLATE_KEY } from "../checklists/checklist-template";
import { RESTORED_TEMPLATE_KEYS } from "../checklists/post-rollback-templates";

/** The built-in templates admins edit; any other key is a 404. */
export const CHECKLIST_TEMPLATE_KEYS = [PRE_ROLLBACK_TEMPLATE_KEY, ...RESTORED_TEMPLATE_KEYS] as const;
export type ChecklistTemplateKey = (typeof CHECKLIST_TEMPLATE_KEYS)[number];
export const checklistTemplateParamsSchema = z.object({ templateKey: z.enum(CHECKLIST_TEMPLATE_KEYS) });

/** The content is checked by the service (checklistTemplateSchema), which names each problem. */
export const publishChecklistTemplateSchema = z.object({ content: z.unknown().refine((value) => value !== undefined, "is required") });
export type PublishChecklistTemplateInput = z.infer<typeof publishChecklistTemplateSchema>;

export const checklistItemParamsSchema = z.object({ itemId: z.uuid("must be a checklist item id") });

const CHANGE_FIELDS = ["done", "note", "assigneeId", "dueAt", "notApplicable", "notApplicableReason"] as const;

export const updateChecklistItemSchema = z
  .object({
    /** The version the client saw: a stale one means someone else changed the item first (409). */
    version: z.number().int().min(1),
    done: z.boolean().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    assigneeId: z.uuid("must be a user id").nullable().optional(),
    dueAt: z.iso.datetime({ offset: true, message: "must be an ISO date-time" }).nullable().optional(),
    notApplicable: z.boolean().optional(),
    notApplicableReason: z.string().trim().max(500).nullable().optional(),
  })
  .superRefine((value, context) => {
    if (!CHANGE_FIELDS.some((field) => value[field] !== undefined)) {
      context.addIssue({ code: "custom", message: `give at least one of ${CHANGE_FIELDS.join(", ")}` });
    }
    if (value.notApplicable === true && !value.notApplicableReason) {
      context.addIssue({ code: "custom", path: ["notApplicableReason"], message: "is required when notApplicable is true" });
    }
  });
export type UpdateChecklistItemInput = z.infer<typeof updateChecklistItemSchema>;
