import "server-only";
import { LONG_RUNNING_ROLLBACK_MS } from "@/lib/domain/rollback/run-state";
import { db } from "../../../db/client";
import { claimLongRunningAlerts, findRun } from "../../../queries/rollback-runs";
import { ENGINE_ACTOR, EngineEffects } from "./engine-effects";

/** A rollback still going after 15 minutes is itself an incident (seed 001); each run is flagged once across the cluster. */
export async function alertLongRunningRuns(): Promise<number> {
  const effects = new EngineEffects();
  const claimed = await db().$transaction(async (tx) => {
    const now = new Date();
    const runs = await claimLongRunningAlerts(tx, new Date(now.getTime() - LONG_RUNNING_ROLLBACK_MS), now);
    for (const { id } of runs) {
      const run = await findRun(tx, id);
      if (!run) continue;
      const minutes = Math.round((now.getTime() - run.createdAt.getTime()) / 60_000);
      await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
        kind: "rollback.running_long",
        summary: `The rollback has been running for ${minutes} minutes, longer than the 15-minute target. Consider escalating or starting the emergency-recovery plan.`,
        payload: { runId: id, minutes },
      });
      effects.runChanged(id);
    }
    return runs.length;
  });
  await effects.publish(db());
  return claimed;
}
