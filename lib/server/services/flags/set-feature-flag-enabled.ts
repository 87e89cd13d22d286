import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { permissionForFlagChange } from "@/lib/domain/flags/flag-change-permission";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey, setFeatureFlagEnabledRow } from "../../queries/feature-flags";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagChanges } from "./publish-flag-changes";
import type { RunReference } from "./rollback-actor";

/**
 * Sets a flag on or off whatever its version: a rollback step states where
 * the flag must end up, so running it twice changes nothing the second time
 * (`changed: false`, no version bump).
 */
export async function setFeatureFlagEnabled(actor: Actor, key: string, enabled: boolean, requestId: string | null, via?: RunReference) {
  const { flag, changed } = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findFeatureFlagByKey(tx, key);
    if (!before) throw new AppError("not_found", `No feature flag ${key}`);
    assertCan(actor, permissionForFlagChange(before, { enabled }));
    const after = await setFeatureFlagEnabledRow(tx, key, enabled, actor.name);
    const flag = after ?? before;
    const payload = { key, enabled, changed: after !== null, version: flag.version, ...(via ? { via } : {}) };
    return { result: { flag, changed: after !== null }, audit: { action: enabled ? "feature_flag.turned_on" : "feature_flag.turned_off", targetType: "feature_flag", targetId: flag.id, payload } };
  });
  const dto = toFeatureFlagDto(flag);
  if (changed) publishFlagChanges([dto]);
  return { flag: dto, changed };
}
