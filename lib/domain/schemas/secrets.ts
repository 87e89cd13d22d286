import { z } from "zod";
import { secretRefSchema } from "../rollback/secret-ref";

const secretName = secretRefSchema.shape.secret;

export const createSecretSchema = z.strictObject({
  name: secretName,
  value: z.string().min(1, "a secret needs a value").max(64_000),
  description: z.string().trim().max(500).optional(),
});

/** The value is write-only: send a new one to replace it, or leave it out to keep it. */
export const updateSecretSchema = z.strictObject({
  value: z.string().min(1).max(64_000).optional(),
  description: z.string().trim().max(500).nullable().optional(),
  version: z.number().int().min(1),
});

export const secretNameParamsSchema = z.object({ name: secretName });

export type CreateSecretInput = z.infer<typeof createSecretSchema>;
export type UpdateSecretInput = z.infer<typeof updateSecretSchema>;
