import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateUserInput } from "@/lib/domain/schemas/users";
import type { Actor } from "../auth/caller";
import { generatePassword, hashPassword } from "../auth/password";
import { isUniqueViolation } from "../db/prisma-errors";
import { assertCan } from "../permissions/assert-can";
import { insertUser } from "../queries/users";
import { commitWithAuditEvent } from "./record-audit-event";

export async function createUser(actor: Actor, input: CreateUserInput, requestId: string | null) {
  assertCan(actor, "users.manage");
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  try {
    const user = await commitWithAuditEvent(actor, requestId, async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
      return {
        result: user,
        audit: {
          action: "user.created",
          targetType: "user",
          targetId: user.id,
          payload: { email: user.email, role: user.role },
        },
      };
    });
    return { user, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "A user with this email already exists", { details: [{ field: "email", message: "is already taken" }] });
    }
    throw error;
  }
}
