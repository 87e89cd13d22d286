import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** Recognisable in logs and by secret scanners. */
const TOKEN_PREFIX = "rwd_";

export function generateApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashApiTokenSecret(secret), prefix: secret.slice(0, TOKEN_PREFIX.length + 6) };
}

/**
 * A plain SHA-256 is enough here: the secret has 256 bits of entropy, so no
 * dictionary applies, and lookups by hash must be fast on every request.
 */
export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}
