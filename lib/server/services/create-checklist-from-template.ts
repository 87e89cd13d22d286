import "server-only";
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
 * the checklist (and its ticks) it already has. Returns the timeline event,
 * or null when nothing was created.
 */
export async function createChecklistFromTemplate(tx: Db, actor: Actor, incidentId: string, key: ChecklistTemplateKey): Promise<TimelineEventRow | null> {
  if (await findChecklistFromTemplateKey(tx, incidentId, key)) return null;
  const template = await ensureActiveChecklistTemplate(tx, key);
  const items = template.content.groups.flatMap((group) => group.items.map((item) => ({ groupTitle: group.title, text: item.text, hint: item.hint ?? null })));
  const checklist = await insertChecklistWithItems(tx, {
    incidentId,
    templateId: template.id,
    name: template.content.name,
    items: items.map((item, position) => ({ ...item, position })),
  });
  return recordTimelineEvent(tx, actor, incidentId, {
    kind: "checklist.created",
    summary: `Created the checklist "${template.content.name}" (${items.length} items)`,
    payload: { checklistId: checklist.id, templateKey: key, templateVersion: template.version, itemCount: items.length },
  });
}
