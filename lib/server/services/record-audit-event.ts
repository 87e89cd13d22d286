import "server-only";
import type { Prisma } from "../db/generated/client";
import { db, type Db } from "../db/client";
import type { Actor } from "../auth/caller";
import { insertAuditEvent, type AuditEventRow } from "../queries/audit-events";
import { publish } from "../realtime/realtime-server";

export type AuditEntry = { action: string; targetType: string; targetId: string | null; payload?: Prisma.InputJsonValue };

/** Writes the audit row; call inside the transaction of the change it records. */
export function recordAuditEvent(tx: Db, actor: Actor, requestId: string | null, entry: AuditEntry): Promise<AuditEventRow> {
  return insertAuditEvent(tx, {
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorTokenId: actor.kind === "token" ? actor.tokenId : null,
    payload: entry.payload ?? {},
    requestId,
  });
}

/**
 * The common shape of an audited use-case: the change and its audit row in one
 * transaction, then, after the commit, the event to admins watching.
 */
export async function commitWithAuditEvent<T>(actor: Actor, requestId: string | null, change: (tx: Db) => Promise<{ result: T; audit: AuditEntry }>): Promise<T> {
  const { result, row } = await db().$transaction(async (tx) => {
    const { result, audit } = await change(tx);
    return { result, row: await recordAuditEvent(tx, actor, requestId, audit) };
  });
  publishAuditEvent(row);
  return result;
}

/** Tells admins watching the audit log; call after the commit. */
export function publishAuditEvent(row: AuditEventRow): void {
  publish("audit", "audit:created", toAuditEventDto(row));
}

export function toAuditEventDto(row: AuditEventRow) {
  const actor = row.actorUser
    ? { kind: "user" as const, id: row.actorUser.id, name: row.actorUser.name }
    : row.actorToken
      ? { kind: "token" as const, id: row.actorToken.id, name: row.actorToken.name }
      : { kind: "system" as const, id: null, name: "Rewind" };
  return {
    id: row.id.toString(),
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    actor,
    payload: row.payload,
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
  };
}

export type AuditEventDto = ReturnType<typeof toAuditEventDto>;
