import { z } from "zod";

/**
 * A reference to a secret stored encrypted in Rewind (Settings → Secrets),
 * written in plan parameters as `{ "secret": "name" }`. Plans, API answers and
 * logs only ever hold the name; the value is decrypted at the moment a step runs.
 */
export const secretRefSchema = z.strictObject({
  secret: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, "must be a secret name: lowercase letters, digits, '.', '_' or '-'"),
});
export type SecretRef = z.infer<typeof secretRefSchema>;

/** A value given inline or taken from a secret: header values, environment variables. */
export const valueOrSecretSchema = z.union([z.string().max(4_000), secretRefSchema]);
export type ValueOrSecret = z.infer<typeof valueOrSecretSchema>;

export function isSecretRef(value: unknown): value is SecretRef {
  return secretRefSchema.safeParse(value).success;
}
