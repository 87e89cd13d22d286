import "server-only";
import { SYSTEM_ACTOR } from "../auth/caller";
import { generatePassword, hashPassword } from "../auth/password";
import { db } from "../db/client";
import { countAdmins, findUserIdByEmail, insertUser, lockAdminSet, setUserPasswordAndRole } from "../queries/users";
import { recordAuditEvent } from "./record-audit-event";

/**
 * On a fresh installation, creates the first admin. Returns the credentials
 * to print once, or null when an admin already exists. Safe when several
 * instances start together (advisory lock).
 */
export async function ensureFirstAdmin(options: { email: string; password?: string }): Promise<{ email: string; password: string; generated: boolean } | null> {
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await lockAdminSet(tx);
    if ((await countAdmins(tx)) > 0) return null;
    const email = options.email.toLowerCase();
    const existing = await findUserIdByEmail(tx, email);
    const user = existing
      ? await setUserPasswordAndRole(tx, existing.id, { role: "admin", passwordHash })
      : await insertUser(tx, { email, name: "Administrator", role: "admin", passwordHash });
    await recordAuditEvent(tx, SYSTEM_ACTOR, null, { action: "user.bootstrap_admin", targetType: "user", targetId: user.id, payload: { email } });
    return { email, password, generated: options.password === undefined };
  });
}
