import { z } from "zod";

/**
 * The wire format of a sandbox service's control API (`/control/*`), shared
 * by the service that validates requests and the client that parses answers.
 */

export const SLOT_COLORS = ["blue", "green"] as const;
export const slotColorSchema = z.enum(SLOT_COLORS, { error: "must be blue or green" });
export type SlotColor = z.infer<typeof slotColorSchema>;

export const FAULT_MODES = ["none", "crash", "hang"] as const;

export const faultsSchema = z.object({
  /** Added on top of the release's own error rate. */
  errorRatePercent: z.number({ error: "must be a number" }).min(0, "must be at least 0").max(100, "must be at most 100"),
  addedLatencyMs: z.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be at least 0").max(60_000, "must be at most 60000"),
  mode: z.enum(FAULT_MODES, { error: "must be none, crash or hang" }),
});
export type Faults = z.infer<typeof faultsSchema>;

export const NO_FAULTS: Faults = { errorRatePercent: 0, addedLatencyMs: 0, mode: "none" };

/** "previous" deploys the version that was live before the current one. */
export const PREVIOUS_VERSION = "previous";

export const deployRequestSchema = z.strictObject({
  version: z.string({ error: "is required" }).trim().min(1, "is required").max(50, "must be at most 50 characters"),
  /** Defaults to the live slot (an in-place deploy). */
  color: slotColorSchema.optional(),
});
export type DeployRequest = z.infer<typeof deployRequestSchema>;

export const switchRequestSchema = z.strictObject({ color: slotColorSchema });

export const canaryRequestSchema = z.strictObject({
  weight: z.number({ error: "must be a number" }).min(0, "must be at least 0").max(100, "must be at most 100"),
});

export const faultsRequestSchema = faultsSchema.partial().strict();
export type FaultsRequest = z.infer<typeof faultsRequestSchema>;

export const slotSchema = z.object({ version: z.string() });

/** A version starting to serve live traffic on a slot. */
export const historyEntrySchema = z.object({ version: z.string(), color: slotColorSchema, at: z.iso.datetime() });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What a service keeps across restarts. */
export const deploymentStateSchema = z.object({
  slots: z.object({ blue: slotSchema, green: slotSchema }),
  liveColor: slotColorSchema,
  /** Share of requests, in percent, that the idle slot serves. */
  canaryWeight: z.number().min(0).max(100),
  faults: faultsSchema,
  /** Oldest first. */
  history: z.array(historyEntrySchema),
});
export type DeploymentState = z.infer<typeof deploymentStateSchema>;

/** Every control call answers this. */
export const sandboxStateSchema = deploymentStateSchema.extend({
  slug: z.string(),
  name: z.string(),
  currentVersion: z.string(),
  previousVersion: z.string().nullable(),
  availableVersions: z.array(z.string()),
  badRelease: z.string(),
  pid: z.number().int(),
  startedAt: z.iso.datetime(),
});
export type SandboxState = z.infer<typeof sandboxStateSchema>;

export const controlErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
});
export type ControlError = z.infer<typeof controlErrorSchema>["error"];
