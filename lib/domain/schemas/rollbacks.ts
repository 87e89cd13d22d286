import { z } from "zod";

export const planIdParamsSchema = z.object({ planId: z.uuid("must be a rollback plan id") });
export const runIdParamsSchema = z.object({ runId: z.uuid("must be a rollback run id") });

export const startRunSchema = z.strictObject({
  mode: z.enum(["live", "drill"]).default("live"),
  /** The incident the rollback answers (INC-42 or its id); drills may have none. */
  incident: z.string().trim().min(1).max(100).optional(),
  reason: z.string().trim().min(1, "say why you are rolling back").max(1_000),
  /** Run even though another live rollback of the service is in progress. */
  overrideConcurrent: z.boolean().default(false),
});
export type StartRunInput = z.infer<typeof startRunSchema>;

const position = z.number().int().min(0);

export const runCommandSchema = z.discriminatedUnion("command", [
  z.strictObject({ command: z.literal("pause") }),
  z.strictObject({ command: z.literal("resume") }),
  z.strictObject({ command: z.literal("cancel"), reason: z.string().trim().max(1_000).optional() }),
  z.strictObject({ command: z.literal("abort"), reason: z.string().trim().max(1_000).optional() }),
  z.strictObject({ command: z.literal("retry_step"), position }),
  z.strictObject({ command: z.literal("skip_step"), position, reason: z.string().trim().min(1, "say why the step is skipped").max(1_000) }),
  z.strictObject({ command: z.literal("confirm_step"), position, typed: z.string().max(200) }),
  z.strictObject({ command: z.literal("approve_step"), position }),
  z.strictObject({ command: z.literal("complete_manual_step"), position, note: z.string().trim().max(2_000).optional() }),
  z.strictObject({ command: z.literal("start_emergency_recovery"), reason: z.string().trim().max(1_000).optional() }),
  z.strictObject({ command: z.literal("verify_again") }),
]);
export type RunCommandInput = z.infer<typeof runCommandSchema>;

export const runLogsQuerySchema = z.object({ after: z.string().regex(/^\d+$/, "must be a log line id").optional() });
export const runListQuerySchema = z.object({ mode: z.enum(["live", "drill"]).optional() });
