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
      ...(options.kinds?.length ? { OR: options.kinds.map((kind) => ({ kind: { startsWith: kind } })) } : {}),
      ...(options.before ? { id: { lt: options.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: options.limit,
  });
}
