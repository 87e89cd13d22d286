import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listSecretRows } from "../../queries/secrets";
import { toSecretDto } from "./secret-dto";

export async function listSecrets(actor: Actor) {
  assertCan(actor, "integrations.manage");
  return (await listSecretRows(db())).map(toSecretDto);
}
