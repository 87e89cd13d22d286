import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toThresholdsDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { listThresholdsOfServices } from "../../queries/service-thresholds";
import { loadServiceByRef } from "./load-service";

export async function getServiceThresholds(actor: Actor, serviceRef: string) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  const [row] = await listThresholdsOfServices(db(), [service.id]);
  return toThresholdsDto(row ?? null);
}
