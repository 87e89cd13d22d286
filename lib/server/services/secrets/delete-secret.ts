import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { deleteSecretRow, findPlansUsingSecret, findSecretRow } from "../../queries/secrets";
import { commitWithAuditEvent } from "../record-audit-event";

/** Refused while a plan still names the secret: its next run would fail at the worst moment. */
export async function deleteSecret(actor: Actor, name: string, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  await commitWithAuditEvent(actor, requestId, async (tx) => {
    const row = await findSecretRow(tx, name);
    if (!row) throw new AppError("not_found", "No secret with this name");
    const plans = await findPlansUsingSecret(tx, name);
    if (plans.length > 0) {
      throw new AppError("conflict", `Rollback plans use this secret: ${plans.map((plan) => plan.name).join(", ")}. Change them first.`, { extra: { plans } });
    }
    await deleteSecretRow(tx, name);
    return { result: undefined, audit: { action: "secret.deleted", targetType: "secret", targetId: row.id, payload: { name } } };
  });
}
