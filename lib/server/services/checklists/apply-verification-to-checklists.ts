import "server-only";
import { AUTO_CHECK_LABELS, isAutoCheckKey, proveAutoCheck } from "@/lib/domain/checklists/auto-check";
import type { VerificationReport } from "@/lib/domain/rollback/verification";
import type { Db } from "../../db/client";
import { toChecklistItemDto } from "../../dto/checklist";
import { findChecklistItem, listOpenAutoCheckItems, updateChecklistItemIfVersion } from "../../queries/checklists";
import { toTimelineEventDto } from "../record-timeline-event";
import { ENGINE_ACTOR, type EngineEffects } from "../rollbacks/engine/engine-effects";
import { markServiceRestored, readChecklists } from "./mark-service-restored";

type VerifiedRun = { id: string; incidentId: string | null; planName: string };

/**
 * Inside the transaction that records a live run's verification report:
 * a passed report restores service (first time: the post-rollback
 * checklists) and ticks the open items it proves; any report changes the
 * evidence the checklists show, so they are pushed again.
 */
export async function applyVerificationToChecklists(tx: Db, run: VerifiedRun, report: VerificationReport, effects: EngineEffects): Promise<void> {
  const incidentId = run.incidentId;
  if (!incidentId) return;
  const room = `incident:${incidentId}`;
  if (report.passed) {
    const restored = await markServiceRestored(tx, ENGINE_ACTOR, incidentId, `the verification of “${run.planName}” passed`);
    for (const event of restored?.events ?? []) effects.emit(room, "timeline:created", toTimelineEventDto(event));
    await tickProvenItems(tx, incidentId, run, report, effects);
  }
  const checklists = await readChecklists(tx, incidentId);
  if (checklists.length > 0) effects.emit(room, "checklist:updated", { checklists });
}

async function tickProvenItems(tx: Db, incidentId: string, run: VerifiedRun, report: VerificationReport, effects: EngineEffects): Promise<void> {
  for (const item of await listOpenAutoCheckItems(tx, incidentId)) {
    if (!isAutoCheckKey(item.autoCheck)) continue;
    const proof = proveAutoCheck(item.autoCheck, report.checks);
    if (!proof) continue;
    // A responder who changed the item meanwhile wins; the evidence link still offers the tick.
    if ((await updateChecklistItemIfVersion(tx, item.id, item.version, { doneAt: new Date(), doneById: null })) === 0) continue;
    const updated = await findChecklistItem(tx, item.id);
    if (updated) effects.emit(`incident:${incidentId}`, "checklist:item-updated", { item: toChecklistItemDto(updated) });
    await effects.recordOnTimeline(tx, { incidentId }, ENGINE_ACTOR, {
      kind: "checklist.item_updated",
      summary: `Ticked “${item.text}” from the verification of “${run.planName}”: ${proof.passed} of ${proof.total} ${AUTO_CHECK_LABELS[item.autoCheck]} passed`,
      payload: { checklistId: item.checklistId, itemId: item.id, changes: { done: true }, version: item.version + 1, runId: run.id, autoCheck: item.autoCheck },
    });
  }
}
