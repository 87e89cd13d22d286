import "server-only";
import type { Actor } from "../../../auth/caller";
import type { Db } from "../../../db/client";
import { findRun, type RunWithSteps } from "../../../queries/rollback-runs";
import { publish } from "../../../realtime/realtime-server";
import { publishTimelineEvents, recordTimelineEvent, type TimelineEntry, type TimelineEventRow } from "../../record-timeline-event";
import { publishRun } from "./publish-run";

export const ENGINE_ACTOR: Actor = { kind: "system", userId: null, tokenId: null, role: "admin", name: "Rewind rollback engine", email: null };

/**
 * What a transaction of the engine changed, told to viewers only after the
 * commit: the runs to republish, timeline rows and other room events.
 */
export class EngineEffects {
  private readonly runIds = new Set<string>();
  private readonly timeline = new Map<string, TimelineEventRow[]>();
  private readonly events: { room: string; event: string; payload: unknown }[] = [];

  runChanged(runId: string): void {
    this.runIds.add(runId);
  }

  /** Runs outside an incident (drills from the service page) have no timeline. */
  async recordOnTimeline(tx: Db, run: Pick<RunWithSteps, "incidentId">, actor: Actor, entry: TimelineEntry): Promise<void> {
    if (!run.incidentId) return;
    const row = await recordTimelineEvent(tx, actor, run.incidentId, entry);
    this.timeline.set(run.incidentId, [...(this.timeline.get(run.incidentId) ?? []), row]);
  }

  emit(room: string, event: string, payload: unknown): void {
    this.events.push({ room, event, payload });
  }

  async publish(db: Db): Promise<void> {
    for (const [incidentId, rows] of this.timeline) publishTimelineEvents(incidentId, rows);
    for (const { room, event, payload } of this.events) publish(room, event, payload);
    for (const runId of this.runIds) {
      const run = await findRun(db, runId);
      if (run) publishRun(run);
    }
  }
}
