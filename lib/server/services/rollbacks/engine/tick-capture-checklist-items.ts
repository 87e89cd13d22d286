import "server-only";
import { PRE_ROLLBACK_TEMPLATE_KEY } from "@/lib/domain/checklists/checklist-template";
import { isCaptureChecklistItem } from "@/lib/domain/rollback/run-state";
import type { Db } from "../../../db/client";
import { toChecklistItemDto } from "../../../dto/checklist";
import { findChecklistItem, listIncidentChecklists, updateChecklistItemIfVersion } from "../../../queries/checklists";
import { ENGINE_ACTOR, type EngineEffects } from "./engine-effects";


export async function tickCaptureChecklistItems(tx: Db, incidentId: string, effects: EngineEffects): Promise<void> {
  const checklists = await listIncidentChecklists(tx, incidentId);
  const items = checklists.filter((checklist) => checklist.template.key === PRE_ROLLBACK_TEMPLATE_KEY).flatMap((checklist) => checklist.items);
  for (const item of items) {
    if (item.doneAt || !isCaptureChecklistItem(item.text)) continue;
    const changed = await updateChecklistItemIfVersion(tx, item.id, item.version, { doneAt: new Date(), doneById: null, note: "Done by Rewind: the rollback's state manifest is on the timeline." });
    if (changed === 0) continue;
    const updated = await findChecklistItem(tx, item.id);
    if (updated) effects.emit(`incident:${incidentId}`, "checklist:item-updated", { item: toChecklistItemDto(updated) });
    await effects.recordOnTimeline(tx, { incidentId }, ENGINE_ACTOR, {
      kind: "checklist.item_updated",
      summary: `Ticked “${item.text}” from the captured state manifest`,
      payload: { checklistId: item.checklistId, itemId: item.id, changes: { done: true } },
    });
  }
}
