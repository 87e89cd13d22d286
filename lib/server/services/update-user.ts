import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateUserInput } from "@/lib/domain/schemas/users";
import type { Actor } from "../auth/caller";
import { assertCan } from "../permissions/assert-can";
import { countActiveAdmins, findUserById, lockAdminSet, updateUserRow } from "../queries/users";
import { commitWithAuditEvent } from "./record-audit-event";

export async function updateUser(actor: Actor, userId: string, input: UpdateUserInput, requestId: string | null) {
  assertCan(actor, "users.manage");
  const user = await commitWithAuditEvent(actor, requestId, async (tx) => {
    // Two concurrent demotions must not both pass the last-admin check.
    await lockAdminSet(tx);
    const before = await findUserById(tx, userId);
    if (!before) throw new AppError("not_found", "No user with this id");
    const losesAdmin = before.role === "admin" && !before.disabledAt && ((input.role && input.role !== "admin") || input.disabled === true);
    if (losesAdmin && (await countActiveAdmins(tx)) <= 1) {
      throw new AppError("conflict", "Rewind needs at least one active admin; promote another user first");
    }
    const disabledAt = input.disabled === undefined ? undefined : input.disabled ? (before.disabledAt ?? new Date()) : null;
    const user = await updateUserRow(tx, userId, { name: input.name, role: input.role, disabledAt });
    return {
      result: user,
      audit: {
        action: "user.updated",
        targetType: "user",
        targetId: user.id,
        payload: { changes: input, previous: { name: before.name, role: before.role, disabled: Boolean(before.disabledAt) } },
      },
    };
  });
  return user;
}
