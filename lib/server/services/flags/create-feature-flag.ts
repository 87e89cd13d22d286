import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateFeatureFlagInput } from "@/lib/domain/flags/feature-flag";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey, insertFeatureFlag } from "../../queries/feature-flags";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagChanges } from "./publish-flag-changes";

export async function createFeatureFlag(actor: Actor, input: CreateFeatureFlagInput, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const flag = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (await findFeatureFlagByKey(tx, input.key)) {
      throw new AppError("conflict", `A feature flag ${input.key} exists already`, { details: [{ field: "key", message: "is taken by another flag" }] });
    }
    const flag = await insertFeatureFlag(tx, { ...input, description: input.description ?? null, onValue: input.onValue, offValue: input.offValue, updatedBy: actor.name });
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...payload } = toFeatureFlagDto(flag);
    return { result: flag, audit: { action: "feature_flag.created", targetType: "feature_flag", targetId: flag.id, payload } };
  });
  const dto = toFeatureFlagDto(flag);
  publishFlagChanges([dto]);
  return dto;
}
