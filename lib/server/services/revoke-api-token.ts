import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { findTokenById, markTokenRevoked } from "../queries/api-tokens";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

export async function revokeApiToken(actor: Actor, tokenId: string, requestId: string | null) {
  assertCan(actor, "tokens.manage");
  const { token, audit } = await db().$transaction(async (tx) => {
    const existing = await findTokenById(tx, tokenId);
    if (!existing) throw new AppError("not_found", "No API token with this id");
    if (existing.revokedAt) throw new AppError("conflict", "This token is already revoked");
    const token = await markTokenRevoked(tx, tokenId, new Date());
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: "api_token.revoked",
      targetType: "api_token",
      targetId: token.id,
      payload: { name: token.name },
    });
    return { token, audit };
  });
  publishAuditEvent(audit);
  return token;
}
