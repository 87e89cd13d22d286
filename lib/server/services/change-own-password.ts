import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { ChangePasswordInput } from "@/lib/domain/schemas/account";
import type { Caller } from "../auth/caller";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db/client";
import { findUserForSignIn, setUserPassword } from "../queries/users";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

/** A signed-in person changes their own password, proving they know the current one. */
export async function changeOwnPassword(caller: Caller, input: ChangePasswordInput, requestId: string | null): Promise<void> {
  if (caller.kind !== "user") throw new AppError("forbidden", "Only a signed-in person can change their password, not an API token");
  const user = await findUserForSignIn(db(), caller.email);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("bad_request", "The current password is not correct", { details: [{ field: "currentPassword", message: "is not correct" }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const audit = await db().$transaction(async (tx) => {
    await setUserPassword(tx, user.id, passwordHash);
    return recordAuditEvent(tx, caller, requestId, { action: "user.password_changed", targetType: "user", targetId: user.id });
  });
  publishAuditEvent(audit);
}
