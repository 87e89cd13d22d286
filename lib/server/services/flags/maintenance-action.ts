import "server-only";
import { maintenanceFlagKey } from "@/lib/domain/flags/feature-flag";
import { describeMaintenanceParams, type MaintenanceParams } from "@/lib/domain/rollback/actions/maintenance";
import type { ActionExecutor, CapturedState } from "../../integrations/rollback/action-executor";
import { db } from "../../db/client";
import { findFeatureFlagByKey } from "../../queries/feature-flags";
import { findServiceBySlug } from "../../queries/services";
import { rollbackActor, runReference } from "./rollback-actor";
import { setMaintenanceMode } from "./set-maintenance-mode";
import { stepFailure, throwIfCancelled } from "./step-failure";

/**
 * Maintenance mode is the feature flag `maintenance.<slug>`, which the
 * service's applications read through OFREP. Setting it is a state, so the
 * step is resumable.
 */
export const maintenanceExecutor: ActionExecutor<MaintenanceParams> = {
  kind: "maintenance",
  resumable: () => true,

  async preview(params) {
    const key = maintenanceFlagKey(params.service);
    const [service, flag] = await Promise.all([findServiceBySlug(db(), params.service), findFeatureFlagByKey(db(), key)]);
    const description = describeMaintenanceParams(params);
    if (!service) return { description, dryRun: { supported: true, ok: false, lines: [`No service with slug ${params.service}: the step would fail`] } };
    const now = flag ? `it is ${onOff(flag.enabled)} now` : "the flag does not exist yet and would be created";
    const line = flag?.enabled === params.enabled && (params.message === undefined || params.message === flag.description)
      ? `Maintenance mode of ${service.name} is already ${onOff(params.enabled)}: nothing would change`
      : `Would turn maintenance mode of ${service.name} ${onOff(params.enabled)} (${now})`;
    return { description, dryRun: { supported: true, ok: true, lines: [line, ...(params.message ? [`Message for applications: ${params.message}`] : [])] } };
  },

  async capture(params): Promise<CapturedState> {
    const key = maintenanceFlagKey(params.service);
    const flag = await findFeatureFlagByKey(db(), key);
    return { label: `Maintenance mode of ${params.service} before the rollback`, data: { key, exists: flag !== null, enabled: flag?.enabled ?? false, description: flag?.description ?? null, version: flag?.version ?? null } };
  },

  async execute(params, context) {
    throwIfCancelled(context.signal);
    const key = maintenanceFlagKey(params.service);
    context.log(`Turning maintenance mode of ${params.service} ${onOff(params.enabled)} (flag ${key})`);
    const { flag, created, changed } = await setMaintenanceMode(rollbackActor(context.variables), params, null, runReference(context)).catch((error: unknown) => {
      throw stepFailure(error, "Fix the step's service slug, or register the service");
    });
    if (created) context.log(`Created flag ${key}; applications of ${params.service} read it through OFREP`);
    const summary = changed ? `Maintenance mode of ${params.service} is ${onOff(flag.enabled)}` : `Maintenance mode of ${params.service} was already ${onOff(flag.enabled)}: nothing changed`;
    context.log(summary);
    return { summary, details: { key, enabled: flag.enabled, created, changed, version: flag.version } };
  },
};

const onOff = (enabled: boolean) => (enabled ? "on" : "off");
