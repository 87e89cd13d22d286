import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateSecretInput } from "@/lib/domain/schemas/secrets";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findSecretRow, insertSecretRow } from "../../queries/secrets";
import { sealSecret } from "../../secrets/secret-box";
import { secretsKey } from "../../secrets/secrets-key";
import { commitWithAuditEvent } from "../record-audit-event";
import { toSecretDto } from "./secret-dto";

export async function createSecret(actor: Actor, input: CreateSecretInput, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (await findSecretRow(tx, input.name)) {
      throw new AppError("conflict", `A secret named ${input.name} exists; change its value instead`, { details: [{ field: "name", message: "is taken" }] });
    }
    const row = await insertSecretRow(tx, { name: input.name, description: input.description ?? null, ciphertext: sealSecret(secretsKey(), input.name, input.value) });
    // The audit row names the secret; its value is never recorded anywhere but the ciphertext.
    return { result: row, audit: { action: "secret.created", targetType: "secret", targetId: row.id, payload: { name: row.name } } };
  });
  return toSecretDto(row);
}
