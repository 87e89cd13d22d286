import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { listUsers as listUserRows } from "../queries/users";

/** Every role may see who is on the team (for owners, commanders, assignments). */
export function listUsers(actor: Actor) {
  assertCan(actor, "incidents.read");
  return listUserRows(db());
}
