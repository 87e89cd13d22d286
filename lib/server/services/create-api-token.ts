import "server-only";
import type { CreateApiTokenInput } from "@/lib/domain/schemas/api-tokens";
import { generateApiTokenSecret } from "../auth/api-token-secret";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { insertToken } from "../queries/api-tokens";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the secret once; only its hash is stored. */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput, requestId: string | null) {
  assertCan(actor, "tokens.manage");
  const { secret, hash, prefix } = generateApiTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  const { token, audit } = await db().$transaction(async (tx) => {
    const token = await insertToken(tx, { name: input.name, role: input.role, tokenHash: hash, prefix, createdById: actor.userId, expiresAt });
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: "api_token.created",
      targetType: "api_token",
      targetId: token.id,
      payload: { name: token.name, role: token.role, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { token, audit };
  });
  publishAuditEvent(audit);
  return { token, secret };
}
