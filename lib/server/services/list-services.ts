import "server-only";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toServiceDto } from "../dto/service";
import { assertCan } from "../permissions/assert-can";
import { listActiveServices } from "../queries/services";

export async function listServices(actor: Actor) {
  assertCan(actor, "services.read");
  const rows = await listActiveServices(db());
  return rows.map(toServiceDto);
}
