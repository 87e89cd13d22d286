import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateServiceInput } from "@/lib/domain/schemas/services";
import type { Actor } from "../auth/caller";
import { isUniqueViolation } from "../db/prisma-errors";
import { toServiceDto, type ServiceDto } from "../dto/service";
import { assertCan } from "../permissions/assert-can";
import { findServiceById, updateServiceRow } from "../queries/services";
import { commitWithAuditEvent } from "./record-audit-event";

export async function updateService(actor: Actor, serviceId: string, input: UpdateServiceInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  try {
    const service = await commitWithAuditEvent(actor, requestId, async (tx) => {
      const before = await findServiceById(tx, serviceId);
      if (!before) throw new AppError("not_found", "No service with this id");
      const service = await updateServiceRow(tx, serviceId, input);
      return {
        result: service,
        audit: {
          action: "service.updated",
          targetType: "service",
          targetId: service.id,
          payload: { changes: input, previous: previousValues(toServiceDto(before), input) },
        },
      };
    });
    return toServiceDto(service);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateSlugError();
    throw error;
  }
}

/** The only unique column of a service is its slug, so a unique violation means this. */
export function duplicateSlugError(): AppError {
  return new AppError("conflict", "Another service already uses this slug", { details: [{ field: "slug", message: "is already taken" }] });
}

/** What the changed fields held before, so the audit log shows both sides. */
function previousValues(before: ServiceDto, input: UpdateServiceInput): Record<string, ServiceDto[keyof ServiceDto]> {
  const changed = (Object.keys(input) as (keyof UpdateServiceInput)[]).filter((key) => input[key] !== undefined);
  return Object.fromEntries(changed.map((key) => [key, before[key]]));
}
