import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateSecretInput } from "@/lib/domain/schemas/secrets";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findSecretRow, updateSecretAtVersion } from "../../queries/secrets";
import { sealSecret } from "../../secrets/secret-box";
import { secretsKey } from "../../secrets/secrets-key";
import { commitWithAuditEvent } from "../record-audit-event";
import { toSecretDto } from "./secret-dto";

export async function updateSecret(actor: Actor, name: string, input: UpdateSecretInput, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findSecretRow(tx, name);
    if (!before) throw new AppError("not_found", "No secret with this name");
    const row = await updateSecretAtVersion(tx, name, input.version, {
      description: input.description,
      ciphertext: input.value === undefined ? undefined : sealSecret(secretsKey(), name, input.value),
    });
    if (!row) throw new AppError("conflict", "Someone changed this secret first; here is its current state", { extra: { current: toSecretDto(before) } });
    return { result: row, audit: { action: "secret.updated", targetType: "secret", targetId: row.id, payload: { name, valueChanged: input.value !== undefined } } };
  });
  return toSecretDto(row);
}
