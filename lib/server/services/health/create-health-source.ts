import "server-only";
import type { CreateHealthSourceInput } from "@/lib/domain/health/health-source-config";
import type { Actor } from "../../auth/caller";
import { toHealthSourceDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { insertHealthSource } from "../../queries/health-sources";
import { commitWithAuditEvent } from "../record-audit-event";
import { loadServiceByRef } from "./load-service";

export async function createHealthSource(actor: Actor, serviceRef: string, input: CreateHealthSourceInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  const source = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const service = await loadServiceByRef(tx, serviceRef);
    const source = await insertHealthSource(tx, { serviceId: service.id, name: input.name, kind: input.kind, config: input.config, intervalSeconds: input.intervalSeconds, enabled: input.enabled });
    const dto = toHealthSourceDto(source);
    return { result: source, audit: { action: "health_source.created", targetType: "health_source", targetId: source.id, payload: { serviceId: service.id, name: dto.name, kind: dto.kind, config: dto.config } } };
  });
  return toHealthSourceDto(source);
}
