import { describe, expect, it } from "vitest";
import { hashApiTokenSecret } from "@/lib/server/auth/api-token-secret";
import { resolveCaller } from "@/lib/server/auth/resolve-caller";
import { db } from "@/lib/server/db/client";
import { seedToken, seedUser } from "@/lib/testing/seed";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";

describe("API tokens", () => {
  it("stores only the hash of the secret, and authenticates a bearer with the token's role", async () => {
    const { caller: admin } = await seedUser("admin");
    const { token, secret } = await createApiToken(admin, { name: "ci", role: "commander" }, null);

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const caller = await resolveCaller({ authorization: `Bearer ${secret}` });
    expect(caller).toMatchObject({ kind: "token", tokenId: token.id, role: "commander", userId: admin.userId });
  });

  it("rejects revoked, expired, unknown and malformed tokens with 401 semantics", async () => {
    const { caller: admin } = await seedUser("admin");
    const { secret, tokenId } = await seedToken("viewer");
    await revokeApiToken(admin, tokenId, null);
    await expect(resolveCaller({ authorization: `Bearer ${secret}` })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(revokeApiToken(admin, tokenId, null)).rejects.toMatchObject({ code: "conflict" });

    const expiring = await createApiToken(admin, { name: "short", role: "viewer", expiresInDays: 1 }, null);
    await db().apiToken.update({ where: { id: expiring.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resolveCaller({ authorization: `Bearer ${expiring.secret}` })).rejects.toMatchObject({ code: "unauthorized" });

    await expect(resolveCaller({ authorization: "Bearer rwd_not-a-real-token" })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(resolveCaller({ authorization: "Basic abc" })).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("records creation and revocation in the audit log", async () => {
    const { caller: admin } = await seedUser("admin");
    const { token } = await createApiToken(admin, { name: "audited", role: "viewer" }, "req-a");
    await revokeApiToken(admin, token.id, "req-b");
    const actions = await db().auditEvent.findMany({ where: { targetId: token.id }, orderBy: { id: "asc" } });
    expect(actions.map((event) => [event.action, event.requestId])).toEqual([
      ["api_token.created", "req-a"],
      ["api_token.revoked", "req-b"],
    ]);
  });

  it("lets only admins create tokens", async () => {
    const { caller: responder } = await seedUser("responder");
    await expect(createApiToken(responder, { name: "nope", role: "admin" }, null)).rejects.toMatchObject({ code: "forbidden" });
  });
});
