import { z } from "zod";

/**
 * Changing a service of the sandbox fleet (the demo's real target) through
 * its control API: deploy a version, switch blue/green, set the canary
 * weight, clear injected faults.
 */

/** Deploys the version that served live traffic before the current one. */
export const PREVIOUS_SANDBOX_VERSION = "previous";

const serviceSchema = z.string({ error: "is required" }).regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be a sandbox service slug");

const versionSchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(50, "must be at most 50 characters")
  .regex(/^[0-9A-Za-z][0-9A-Za-z._+-]*$/, `must be a version (1.4.2) or "${PREVIOUS_SANDBOX_VERSION}"`);

export const sandboxParamsSchema = z.discriminatedUnion(
  "operation",
  [
    z.strictObject({ service: serviceSchema, operation: z.literal("deploy"), version: versionSchema }),
    z.strictObject({ service: serviceSchema, operation: z.literal("switch_live"), color: z.enum(["blue", "green"], { error: "must be blue or green" }) }),
    z.strictObject({
      service: serviceSchema,
      operation: z.literal("canary_weight"),
      /** Percent of requests the idle slot serves. */
      weight: z.number({ error: "must be a number" }).min(0, "must be at least 0").max(100, "must be at most 100"),
    }),
    z.strictObject({ service: serviceSchema, operation: z.literal("clear_faults") }),
  ],
  { error: "must be deploy, switch_live, canary_weight or clear_faults" },
);
export type SandboxParams = z.infer<typeof sandboxParamsSchema>;

export function describeSandboxParams(params: SandboxParams): string {
  switch (params.operation) {
    case "deploy":
      return params.version === PREVIOUS_SANDBOX_VERSION
        ? `Deploy the previous version of sandbox service ${params.service}`
        : `Deploy version ${params.version} of sandbox service ${params.service}`;
    case "switch_live":
      return `Switch sandbox service ${params.service}'s live traffic to the ${params.color} slot`;
    case "canary_weight":
      return `Set sandbox service ${params.service}'s canary weight to ${params.weight}%`;
    case "clear_faults":
      return `Clear the injected faults of sandbox service ${params.service}`;
  }
}
