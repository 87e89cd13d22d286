import "server-only";
import { SYSTEM_ACTOR } from "../auth/caller";
import { config } from "../config";
import { db } from "../db/client";
import { insertUser } from "../queries/users";
import { findUserForSignIn } from "../queries/users";
import { recordAuditEvent } from "./record-audit-event";

/**
 * Maps an identity from the OIDC provider to a Rewind user by email, creating
 * it with OIDC_DEFAULT_ROLE on first sign-in. Returns null for disabled users
 * or identities without an email.
 */
export async function signInWithOidc(identity: { email: string | null | undefined; name: string | null | undefined }) {
  if (!identity.email) return null;
  const email = identity.email.toLowerCase();
  const existing = await findUserForSignIn(db(), email);
  if (existing) return existing.disabledAt ? null : existing;
  return db().$transaction(async (tx) => {
    const user = await insertUser(tx, { email, name: identity.name || email, role: config().OIDC_DEFAULT_ROLE, passwordHash: null });
    await recordAuditEvent(tx, SYSTEM_ACTOR, null, { action: "user.created_by_oidc", targetType: "user", targetId: user.id, payload: { email, role: user.role } });
    return user;
  });
}
