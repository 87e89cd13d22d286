import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { deleteFeatureFlagRow, findFeatureFlagByKey } from "../../queries/feature-flags";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagDeleted } from "./publish-flag-changes";

/** Applications still asking for it then get FLAG_NOT_FOUND and fall back to their code default. */
export async function deleteFeatureFlag(actor: Actor, key: string, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const flag = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (!(await findFeatureFlagByKey(tx, key))) throw new AppError("not_found", `No feature flag ${key}`);
    const flag = await deleteFeatureFlagRow(tx, key);
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...payload } = toFeatureFlagDto(flag);
    return { result: flag, audit: { action: "feature_flag.deleted", targetType: "feature_flag", targetId: flag.id, payload } };
  });
  publishFlagDeleted(flag.key);
  return toFeatureFlagDto(flag);
}
