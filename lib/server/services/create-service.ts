import "server-only";
import type { CreateServiceInput } from "@/lib/domain/schemas/services";
import type { Actor } from "../auth/caller";
import { isUniqueViolation } from "../db/prisma-errors";
import { toServiceDto } from "../dto/service";
import { assertCan } from "../permissions/assert-can";
import { insertService } from "../queries/services";
import { commitWithAuditEvent } from "./record-audit-event";
import { duplicateSlugError } from "./update-service";

export async function createService(actor: Actor, input: CreateServiceInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  try {
    const service = await commitWithAuditEvent(actor, requestId, async (tx) => {
      const service = await insertService(tx, {
        slug: input.slug,
        name: input.name,
        team: input.team,
        environment: input.environment,
        description: input.description ?? null,
        links: input.links ?? [],
      });
      return {
        result: service,
        audit: {
          action: "service.created",
          targetType: "service",
          targetId: service.id,
          payload: { slug: service.slug, name: service.name, team: service.team, environment: service.environment },
        },
      };
    });
    return toServiceDto(service);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateSlugError();
    throw error;
  }
}
