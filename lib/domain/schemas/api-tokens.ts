import { z } from "zod";
import { roleSchema } from "./users";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "is required").max(80),
  role: roleSchema,
  /** Omit for a token that does not expire. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const tokenIdParamsSchema = z.object({ tokenId: z.uuid("must be a token id") });
