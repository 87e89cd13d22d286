import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { toHealthSourceDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { deleteHealthSourceRow, findHealthSourceById } from "../../queries/health-sources";
import { commitWithAuditEvent } from "../record-audit-event";

/** Its raw samples go with it; the service's 1-minute rollups stay. */
export async function deleteHealthSource(actor: Actor, sourceId: string, requestId: string | null) {
  assertCan(actor, "services.manage");
  const source = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (!(await findHealthSourceById(tx, sourceId))) throw new AppError("not_found", "No health source with this id");
    const source = await deleteHealthSourceRow(tx, sourceId);
    return { result: source, audit: { action: "health_source.deleted", targetType: "health_source", targetId: source.id, payload: { serviceId: source.serviceId, name: source.name, kind: source.kind } } };
  });
  return toHealthSourceDto(source);
}
