import { z } from "zod";
import { flagKeySchema, flagSetNameSchema } from "../../flags/feature-flag";

/**
 * Rewind's own flag store. `set` switches one flag on or off; `turn_off_set`
 * is the seeds' "Emergency rollback": every flag of a set to its safe state
 * (off) in one transaction.
 */
export const featureFlagsParamsSchema = z.discriminatedUnion("operation", [
  z.strictObject({ operation: z.literal("set"), key: flagKeySchema, enabled: z.boolean() }),
  z.strictObject({ operation: z.literal("turn_off_set"), set: flagSetNameSchema }),
]);
export type FeatureFlagsParams = z.infer<typeof featureFlagsParamsSchema>;

export function describeFeatureFlagsParams(params: FeatureFlagsParams): string {
  return params.operation === "set"
    ? `Turn feature flag ${params.key} ${params.enabled ? "on" : "off"}`
    : `Emergency rollback: turn off every feature flag in set ${params.set}`;
}
