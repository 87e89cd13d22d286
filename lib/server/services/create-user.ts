import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateUserInput } from "@/lib/domain/schemas/users";
import type { Actor } from "../auth/caller";
import { generatePassword, hashPassword } from "../auth/password";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { assertCan } from "../permissions/assert-can";
import { insertUser } from "../queries/users";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

export async function createUser(actor: Actor, input: CreateUserInput, requestId: string | null) {
  assertCan(actor, "users.manage");
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  try {
    const { user, audit } = await db().$transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
      const audit = await recordAuditEvent(tx, actor, requestId, {
        action: "user.created",
        targetType: "user",
        targetId: user.id,
        payload: { email: user.email, role: user.role },
      });
      return { user, audit };
    });
    publishAuditEvent(audit);
    return { user, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "A user with this email already exists", { details: [{ field: "email", message: "is already taken" }] });
    }
    throw error;
  }
}
