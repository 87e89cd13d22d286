import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toHealthSourceDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { listHealthSourcesOfService } from "../../queries/health-sources";
import { loadServiceByRef } from "./load-service";

export async function listHealthSources(actor: Actor, serviceRef: string) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  return (await listHealthSourcesOfService(db(), service.id)).map(toHealthSourceDto);
}
