import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { FLAG_CHANGE_FIELDS, valueTypeMismatch, type FlagValue, type UpdateFeatureFlagInput } from "@/lib/domain/flags/feature-flag";
import { permissionForFlagChange } from "@/lib/domain/flags/flag-change-permission";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey, updateFeatureFlagAtVersion } from "../../queries/feature-flags";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagChanges } from "./publish-flag-changes";

/**
 * Edits a flag at the version the editor saw. Admins may change anything; a
 * commander may only pull a kill switch (turn a kill-switch flag off).
 */
export async function updateFeatureFlag(actor: Actor, key: string, input: UpdateFeatureFlagInput, requestId: string | null) {
  const { version, ...change } = input;
  const flag = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findFeatureFlagByKey(tx, key);
    if (!before) throw new AppError("not_found", `No feature flag ${key}`);
    assertCan(actor, permissionForFlagChange(before, change));
    const mismatch = valueTypeMismatch(change.onValue ?? (before.onValue as FlagValue), change.offValue ?? (before.offValue as FlagValue));
    if (mismatch) throw new AppError("bad_request", `The off value ${mismatch}`, { details: [{ field: change.offValue === undefined ? "onValue" : "offValue", message: mismatch }] });
    const flag = await updateFeatureFlagAtVersion(tx, key, version, { ...change, updatedBy: actor.name });
    if (!flag) throw new AppError("conflict", "Someone changed this flag first; here is its current state", { extra: { current: toFeatureFlagDto(before) } });
    const changes = Object.fromEntries(FLAG_CHANGE_FIELDS.filter((field) => change[field] !== undefined).map((field) => [field, { from: before[field], to: flag[field] }]));
    return { result: flag, audit: { action: "feature_flag.updated", targetType: "feature_flag", targetId: flag.id, payload: { key, version: flag.version, changes } } };
  });
  const dto = toFeatureFlagDto(flag);
  publishFlagChanges([dto]);
  return dto;
}
