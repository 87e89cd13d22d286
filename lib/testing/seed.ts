import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/domain/permissions";
import type { DeclareIncidentInput } from "@/lib/domain/schemas/incidents";
import type { CreateServiceInput } from "@/lib/domain/schemas/services";
import { SYSTEM_ACTOR, type Caller } from "@/lib/server/auth/caller";
import type { IncidentDto } from "@/lib/server/dto/incident";
import type { ServiceDto } from "@/lib/server/dto/service";
import { createApiToken } from "@/lib/server/services/create-api-token";
import { createService } from "@/lib/server/services/create-service";
import { createUser } from "@/lib/server/services/create-user";
import { declareIncident } from "@/lib/server/services/declare-incident";

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

export async function seedService(overrides: Partial<CreateServiceInput> = {}): Promise<ServiceDto> {
  const slug = overrides.slug ?? `svc-${randomBytes(4).toString("hex")}`;
  return createService(SYSTEM_ACTOR, { name: `Service ${slug}`, slug, team: "Payments", environment: "production", ...overrides }, null);
}

/** An incident declared by `declarer` (a commander or admin) on a fresh service unless `serviceIds` names some. */
export async function seedIncident(declarer: Caller, overrides: Partial<DeclareIncidentInput> = {}): Promise<IncidentDto> {
  const serviceIds = overrides.serviceIds ?? [(await seedService()).id];
  return declareIncident(declarer, { title: "Checkout errors after deploy", severity: "high", ...overrides, serviceIds });
}
