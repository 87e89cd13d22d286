import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type AuditEventInput = {
  action: string;
  targetType: string;
  targetId: string | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  payload: Prisma.InputJsonValue;
  requestId: string | null;
};

export function insertAuditEvent(db: Db, data: AuditEventInput) {
  return db.auditEvent.create({ data, include: auditActorInclude });
}

export function listAuditEvents(db: Db, options: { limit: number; before?: bigint }) {
  return db.auditEvent.findMany({
    where: options.before ? { id: { lt: options.before } } : {},
    orderBy: { id: "desc" },
    take: options.limit,
    include: auditActorInclude,
  });
}

const auditActorInclude = {
  actorUser: { select: { id: true, name: true } },
  actorToken: { select: { id: true, name: true } },
} as const;

export type AuditEventRow = Awaited<ReturnType<typeof insertAuditEvent>>;
