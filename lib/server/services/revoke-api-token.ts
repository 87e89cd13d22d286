import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../auth/caller";
import { assertCan } from "../permissions/assert-can";
import { findTokenById, markTokenRevoked } from "../queries/api-tokens";
import { commitWithAuditEvent } from "./record-audit-event";

export async function revokeApiToken(actor: Actor, tokenId: string, requestId: string | null) {
  assertCan(actor, "tokens.manage");
  const token = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const existing = await findTokenById(tx, tokenId);
    if (!existing) throw new AppError("not_found", "No API token with this id");
    if (existing.revokedAt) throw new AppError("conflict", "This token is already revoked");
    const token = await markTokenRevoked(tx, tokenId, new Date());
    return {
      result: token,
      audit: {
        action: "api_token.revoked",
        targetType: "api_token",
        targetId: token.id,
        payload: { name: token.name },
      },
    };
  });
  return token;
}
