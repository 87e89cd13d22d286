import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { maintenanceFlagKey } from "@/lib/domain/flags/feature-flag";
import type { MaintenanceParams } from "@/lib/domain/rollback/actions/maintenance";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey, insertFeatureFlag, updateFeatureFlagAtVersion } from "../../queries/feature-flags";
import { findServiceBySlug } from "../../queries/services";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagChanges } from "./publish-flag-changes";
import type { RunReference } from "./rollback-actor";

export function defaultMaintenanceDescription(serviceName: string): string {
  return `Maintenance mode of ${serviceName}: its applications show their maintenance page while this flag is on.`;
}

/**
 * Turns a service's maintenance flag on or off, creating it (a plain boolean
 * flag, not a kill switch) on first use. The message, when given, becomes the
 * description that OFREP serves as metadata. Setting a state: running it
 * twice changes nothing the second time.
 */
export async function setMaintenanceMode(actor: Actor, params: MaintenanceParams, requestId: string | null, via?: RunReference) {
  assertCan(actor, "rollbacks.run");
  const key = maintenanceFlagKey(params.service);
  const { flag, created, changed } = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const service = await findServiceBySlug(tx, params.service);
    if (!service) throw new AppError("not_found", `No service with slug ${params.service}`);
    const before = await findFeatureFlagByKey(tx, key);
    const description = params.message ?? before?.description ?? defaultMaintenanceDescription(service.name);
    const flag = before
      ? before.enabled === params.enabled && before.description === description
        ? before
        : await updateFeatureFlagAtVersion(tx, key, before.version, { enabled: params.enabled, description, updatedBy: actor.name })
      : await insertFeatureFlag(tx, { key, description, enabled: params.enabled, onValue: true, offValue: false, killSwitch: false, sets: [], updatedBy: actor.name });
    // The version read above was taken in this transaction; only a concurrent writer can have moved it.
    if (!flag) throw new AppError("conflict", `Someone changed flag ${key} at the same moment; run the step again`);
    const changed = flag !== before;
    const payload = { key, service: params.service, enabled: params.enabled, description, created: !before, changed, ...(via ? { via } : {}) };
    return { result: { flag, created: !before, changed }, audit: { action: params.enabled ? "maintenance.turned_on" : "maintenance.turned_off", targetType: "feature_flag", targetId: flag.id, payload } };
  });
  const dto = toFeatureFlagDto(flag);
  if (changed) publishFlagChanges([dto]);
  return { flag: dto, created, changed };
}
