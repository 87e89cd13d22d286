import "server-only";
import type { CreateServiceInput } from "@/lib/domain/schemas/services";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { toServiceDto } from "../dto/service";
import { assertCan } from "../permissions/assert-can";
import { insertService } from "../queries/services";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";
import { duplicateSlugError } from "./update-service";

export async function createService(actor: Actor, input: CreateServiceInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  try {
    const { service, audit } = await db().$transaction(async (tx) => {
      const service = await insertService(tx, {
        slug: input.slug,
        name: input.name,
        team: input.team,
        environment: input.environment,
        description: input.description ?? null,
        links: input.links ?? [],
      });
      const audit = await recordAuditEvent(tx, actor, requestId, {
        action: "service.created",
        targetType: "service",
        targetId: service.id,
        payload: { slug: service.slug, name: service.name, team: service.team, environment: service.environment },
      });
      return { service, audit };
    });
    publishAuditEvent(audit);
    return toServiceDto(service);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateSlugError();
    throw error;
  }
}
