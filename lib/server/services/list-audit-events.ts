import "server-only";
import type { ListAuditEventsQuery } from "@/lib/domain/schemas/audit-events";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { listAuditEvents as listAuditEventRows } from "../queries/audit-events";
import { toAuditEventDto } from "./record-audit-event";

export async function listAuditEvents(actor: Actor, query: ListAuditEventsQuery) {
  assertCan(actor, "audit.read");
  const rows = await listAuditEventRows(db(), query);
  const events = rows.map(toAuditEventDto);
  const nextCursor = rows.length === query.limit ? (events.at(-1)?.id ?? null) : null;
  return { events, nextCursor };
}
