import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";

/** A stored secret as the API shows it: its name and description, never its value. */
export const secretSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Secret = z.infer<typeof secretSchema>;

export const secretsResponseSchema = z.object({ secrets: z.array(secretSchema) });
export type SecretsResponse = z.infer<typeof secretsResponseSchema>;
export const secretResponseSchema = z.object({ secret: secretSchema });

export const secretsQueryKey = ["secrets"] as const;

export const secretPath = (name: string) => `/api/v1/secrets/${encodeURIComponent(name)}`;

/** Every secret (admins: integrations.manage). */
export function useSecretsQuery(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: secretsQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/secrets", secretsResponseSchema, { signal }),
    enabled: options.enabled,
  });
}
