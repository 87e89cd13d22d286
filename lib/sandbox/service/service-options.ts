import { z } from "zod";

/** What the fleet passes to a service process: its environment, and the one IPC message it answers with. */
export const serviceEnvironmentSchema = z.object({
  SANDBOX_SERVICE: z.string().min(1, "is required"),
  SANDBOX_STATE_DIR: z.string().min(1, "is required"),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  SANDBOX_TRAFFIC_PER_SECOND: z.coerce.number().min(0).max(5_000).default(20),
});

export const readyMessageSchema = z.object({ type: z.literal("ready"), port: z.number().int().min(1).max(65_535) });
export type ReadyMessage = z.infer<typeof readyMessageSchema>;
