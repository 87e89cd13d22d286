import "server-only";
import type { Db } from "../db/client";

/**
 * The incident's latest live rollback run, with what the templates quote of
 * it: the plan snapshot, the pre-rollback capture, the verification report and
 * the steps' results (where "after" versions are recorded).
 */
export function findLatestLiveRunOfIncident(db: Db, incidentId: string) {
  return db.rollbackRun.findFirst({
    where: { incidentId, mode: "live" },
    orderBy: { createdAt: "desc" },
    select: {
      serviceId: true,
      createdAt: true,
      finishedAt: true,
      reason: true,
      startedByName: true,
      planSnapshot: true,
      capture: true,
      verification: true,
      steps: { select: { position: true, result: true }, orderBy: { position: "desc" } },
    },
  });
}

export type LatestLiveRun = NonNullable<Awaited<ReturnType<typeof findLatestLiveRunOfIncident>>>;

/** The last version the service was seen to change to since the run started (the health collector or the sandbox records these). */
export function findVersionChangeSince(db: Db, serviceId: string, since: Date) {
  return db.serviceChange.findFirst({ where: { serviceId, at: { gte: since } }, orderBy: { at: "desc" }, select: { toVersion: true } });
}
