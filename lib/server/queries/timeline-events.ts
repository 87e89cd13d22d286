import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export function insertTimelineEvent(
  db: Db,
  data: { incidentId: string; kind: string; summary: string; payload: Prisma.InputJsonValue; actorUserId: string | null; actorTokenId: string | null; actorName: string },
) {
  return db.timelineEvent.create({ data });
}

export function listTimelineEvents(db: Db, incidentId: string, options: { kinds?: string[]; before?: bigint; limit: number }) {
  return db.timelineEvent.findMany({
    where: {
      incidentId,
      // A prefix matches the kind or its part after a dot: `status` finds `incident.status_changed`.
      ...(options.kinds?.length ? { OR: options.kinds.flatMap((prefix) => [{ kind: { startsWith: prefix } }, { kind: { contains: `.${prefix}` } }]) } : {}),
      ...(options.before ? { id: { lt: options.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: options.limit,
  });
}
