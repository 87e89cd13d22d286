import { z } from "zod";
import { maintenanceFlagKey } from "../../flags/feature-flag";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a service's maintenance mode on or off: the feature flag
 * `maintenance.<slug>` that its applications read through OFREP. The message,
 * when given, becomes the flag's description, served as OFREP metadata.
 */
export const maintenanceParamsSchema = z.strictObject({
  service: z.string().trim().max(63).regex(SLUG, "must be a service slug: lower-case letters, digits and single dashes"),
  enabled: z.boolean(),
  message: z.string().trim().min(1, "leave it out rather than empty").max(500).optional(),
});
export type MaintenanceParams = z.infer<typeof maintenanceParamsSchema>;

export function describeMaintenanceParams(params: MaintenanceParams): string {
  const flag = `flag ${maintenanceFlagKey(params.service)}`;
  if (!params.enabled) return `Turn maintenance mode of ${params.service} off (${flag})`;
  return `Turn maintenance mode of ${params.service} on (${flag})${params.message ? `, showing "${params.message}"` : ""}`;
}
