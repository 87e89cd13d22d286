import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { listTokens } from "../queries/api-tokens";

export function listApiTokens(actor: Actor) {
  assertCan(actor, "tokens.manage");
  return listTokens(db());
}
