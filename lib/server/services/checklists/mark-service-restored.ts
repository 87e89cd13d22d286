import "server-only";
import { RESTORED_TEMPLATE_KEYS } from "@/lib/domain/checklists/post-rollback-templates";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import { toChecklistDtoWithEvidence, type ChecklistDto } from "../../dto/checklist";
import { claimIncidentRestoredAt, listIncidentChecklists } from "../../queries/checklists";
import { publish } from "../../realtime/realtime-server";
import { createChecklistFromTemplate } from "../create-checklist-from-template";
import { recordTimelineEvent, type TimelineEventRow } from "../record-timeline-event";
import { loadAutoCheckEvidence } from "./load-auto-check-evidence";

export type ServiceRestored = { incidentId: string; restoredAt: Date; events: TimelineEventRow[]; checklists: ChecklistDto[] };

/**
 * Inside the caller's transaction: the first time service is restored (a live
 * rollback verified, or the incident entering monitoring), stamps
 * Incident.restoredAt and creates the post-rollback checklists, each item due
 * its group's offset after that moment. Null when service was restored before.
 */
export async function markServiceRestored(tx: Db, actor: Actor, incidentId: string, cause: string): Promise<ServiceRestored | null> {
  const restoredAt = new Date();
  if (!(await claimIncidentRestoredAt(tx, incidentId, restoredAt))) return null;
  const events = [
    await recordTimelineEvent(tx, actor, incidentId, {
      kind: "incident.restored",
      summary: `Service restored: ${cause}. The post-rollback checklists are due from now.`,
      payload: { restoredAt: restoredAt.toISOString(), cause },
    }),
  ];
  for (const key of RESTORED_TEMPLATE_KEYS) {
    const created = await createChecklistFromTemplate(tx, actor, incidentId, key, { anchorAt: restoredAt });
    if (created) events.push(created);
  }
  return { incidentId, restoredAt, events, checklists: await readChecklists(tx, incidentId) };
}

/** The incident's checklists as clients show them, with the verification evidence. */
export async function readChecklists(tx: Db, incidentId: string): Promise<ChecklistDto[]> {
  // One after the other: a transaction's connection runs one query at a time.
  const checklists = await listIncidentChecklists(tx, incidentId);
  const evidence = await loadAutoCheckEvidence(tx, incidentId);
  return checklists.map((checklist) => toChecklistDtoWithEvidence(checklist, evidence));
}

/** After the commit: everyone on the incident page sees the new checklists. Timeline events travel with the incident change. */
export function publishRestoredChecklists(restored: ServiceRestored | null): void {
  if (restored) publish(`incident:${restored.incidentId}`, "checklist:updated", { checklists: restored.checklists });
}
