import { z } from "zod";
import { AUTO_CHECK_KEYS } from "./auto-check";
import { MAX_DUE_WITHIN_HOURS } from "./due-times";

export const checklistTemplateSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120),
  groups: z
    .array(
      z.object({
        title: z.string().trim().min(1, "is required").max(120),
        /** Items of the group are due this long after the checklist's anchor (service restored); none: no due time. */
        dueWithinHours: z.number().int("must be whole hours").min(1, "must be at least 1 hour").max(MAX_DUE_WITHIN_HOURS, "must be at most 90 days").optional(),
        items: z
          .array(
            z.object({
              text: z.string().trim().min(1, "is required").max(300),
              hint: z.string().max(500).optional(),
              /** A verification result Rewind ticks the item from. */
              autoCheck: z.enum(AUTO_CHECK_KEYS, { message: `must be one of ${AUTO_CHECK_KEYS.join(", ")}` }).optional(),
            }),
          )
          .min(1, "a group needs at least one item"),
      }),
    )
    .min(1, "a checklist needs at least one group"),
});
export type ChecklistTemplateContent = z.infer<typeof checklistTemplateSchema>;

export const PRE_ROLLBACK_TEMPLATE_KEY = "pre-rollback";

/** Seeds 001 and 004: what to do before any rollback. */
export const PRE_ROLLBACK_CHECKLIST: ChecklistTemplateContent = {
  name: "Pre-rollback checklist",
  groups: [
    {
      title: "Assess the situation",
      items: [
        { text: "Document the specific issue(s)" },
        { text: "Determine if this is a partial or complete rollback" },
        { text: "Check if the issue affects production users" },
        { text: "Verify if data integrity is at risk" },
      ],
    },
    {
      title: "Communicate",
      items: [
        { text: "Notify the team on the incident channel" },
        { text: "Create or link the incident ticket" },
        { text: "Update the status page if the issue is user-facing" },
      ],
    },
    {
      title: "Capture the current state",
      items: [
        { text: "Record the current version (release, image tag, commit)" },
        { text: "Save recent logs" },
        { text: "Snapshot the key metrics (error rate, latency, traffic)" },
        { text: "Take a database dump if data may be touched" },
        { text: "Write the rollback manifest: time, version, reason, initiator", hint: "Create a backup tag before any git rollback, e.g. emergency-backup-<timestamp>." },
      ],
    },
  ],
};
