import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateThresholdsInput } from "@/lib/domain/health/thresholds";
import type { Actor } from "../../auth/caller";
import { toThresholdsDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { ensureThresholds, updateThresholdsAtVersion } from "../../queries/service-thresholds";
import { commitWithAuditEvent } from "../record-audit-event";
import { loadServiceByRef } from "./load-service";

export async function updateServiceThresholds(actor: Actor, serviceRef: string, input: UpdateThresholdsInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const service = await loadServiceByRef(tx, serviceRef);
    const before = await ensureThresholds(tx, service.id);
    const { version, ...changes } = input;
    const row = await updateThresholdsAtVersion(tx, service.id, version, changes);
    if (!row) throw new AppError("conflict", "Someone changed these thresholds first; here are the current ones", { extra: { current: toThresholdsDto(before) } });
    return { result: row, audit: { action: "thresholds.updated", targetType: "service", targetId: service.id, payload: { changes, previous: toThresholdsDto(before) } } };
  });
  return toThresholdsDto(row);
}
