import "server-only";
import { dueAtFor } from "@/lib/domain/checklists/due-times";
import type { ChecklistTemplateKey } from "@/lib/domain/schemas/checklists";
import type { Actor } from "../auth/caller";
import type { Db } from "../db/client";
import { findChecklistFromTemplateKey, insertChecklistWithItems } from "../queries/checklists";
import { ensureActiveChecklistTemplate } from "./get-active-checklist-template";
import { recordTimelineEvent, type TimelineEventRow } from "./record-timeline-event";

/**
 * Copies the active version of a template into a checklist of the incident,
 * inside the caller's transaction. An incident gets one checklist per
 * template: a decision restarted or re-answered to the same procedure keeps
 * the checklist (and its ticks) it already has. With an anchor (the moment
 * service was restored), each item is due its group's offset after it.
 * Returns the timeline event, or null when nothing was created.
 */
export async function createChecklistFromTemplate(
  tx: Db,
  actor: Actor,
  incidentId: string,
  key: ChecklistTemplateKey,
  options: { anchorAt?: Date } = {},
): Promise<TimelineEventRow | null> {
  if (await findChecklistFromTemplateKey(tx, incidentId, key)) return null;
  const template = await ensureActiveChecklistTemplate(tx, key);
  const { anchorAt } = options;
  // Without an anchor, groups' due offsets have nothing to count from: items get no due time.
  const items = template.content.groups.flatMap((group) =>
    group.items.map((item) => ({
      groupTitle: group.title,
      text: item.text,
      hint: item.hint ?? null,
      autoCheck: item.autoCheck ?? null,
      dueAt: anchorAt ? dueAtFor(anchorAt, group.dueWithinHours) : null,
    })),
  );
  const checklist = await insertChecklistWithItems(tx, {
    incidentId,
    templateId: template.id,
    name: template.content.name,
    anchorAt: anchorAt ?? null,
    items: items.map((item, position) => ({ ...item, position })),
  });
  return recordTimelineEvent(tx, actor, incidentId, {
    kind: "checklist.created",
    summary: `Created the checklist "${template.content.name}" (${items.length} items)`,
    payload: { checklistId: checklist.id, templateKey: key, templateVersion: template.version, itemCount: items.length, anchorAt: anchorAt?.toISOString() ?? null },
  });
}
