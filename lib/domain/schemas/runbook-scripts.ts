import { z } from "zod";
import { valueOrSecretSchema } from "../rollback/secret-ref";

const scriptFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1_000).optional(),
  /** argv[0] is the executable: never a shell string. */
  argv: z.array(z.string().min(1).max(4_000)).min(1, "name the executable first").max(64),
  workingDirectory: z.string().startsWith("/", "must be an absolute path").max(1_000),
  env: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name"), valueOrSecretSchema).default({}),
  timeoutSeconds: z.number().int().min(1).max(6 * 3600).default(300),
};

export const createRunbookScriptSchema = z.strictObject(scriptFields);
export const updateRunbookScriptSchema = z.strictObject({ ...scriptFields, version: z.number().int().min(1) });
export const runbookScriptIdParamsSchema = z.object({ scriptId: z.uuid("must be a runbook script id") });

export type CreateRunbookScriptInput = z.infer<typeof createRunbookScriptSchema>;
export type UpdateRunbookScriptInput = z.infer<typeof updateRunbookScriptSchema>;
