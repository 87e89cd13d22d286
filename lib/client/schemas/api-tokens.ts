import { z } from "zod";
import { roleSchema } from "@/lib/domain/schemas/users";

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokensResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type ApiTokensResponse = z.infer<typeof apiTokensResponseSchema>;

export const createApiTokenResponseSchema = z.object({ token: apiTokenSchema, secret: z.string() });

export const revokeApiTokenResponseSchema = z.object({ token: apiTokenSchema });
