import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/domain/permissions";
import { SYSTEM_ACTOR, type Caller } from "@/lib/server/auth/caller";
import { createApiToken } from "@/lib/server/services/create-api-token";
import { createUser } from "@/lib/server/services/create-user";

/** Test data through the real use-cases, as an admin at the keyboard would create it. */
export async function seedUser(role: Role, overrides: { email?: string; password?: string } = {}): Promise<{ caller: Caller; password: string }> {
  const password = overrides.password ?? `pw-${randomBytes(9).toString("base64url")}`;
  const email = overrides.email ?? `${role}-${randomBytes(4).toString("hex")}@example.test`;
  const { user } = await createUser(SYSTEM_ACTOR, { email, name: `Test ${role}`, role, password }, null);
  return { caller: { kind: "user", userId: user.id, tokenId: null, role: user.role, name: user.name, email: user.email }, password };
}

export async function seedToken(role: Role): Promise<{ secret: string; tokenId: string }> {
  const { token, secret } = await createApiToken(SYSTEM_ACTOR, { name: `test ${role} token`, role }, null);
  return { secret, tokenId: token.id };
}
