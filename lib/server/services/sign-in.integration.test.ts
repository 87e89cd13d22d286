import { describe, expect, it } from "vitest";
import { seedUser } from "@/lib/testing/seed";
import { authenticateWithPassword } from "./authenticate-with-password";
import { checkSignInAllowed } from "./check-sign-in-allowed";

const LIMIT = 10;

describe("password sign-in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const { caller, password } = await seedUser("viewer", { email: "Case@Example.test" });
    const user = await authenticateWithPassword({ email: "CASE@example.test", password, clientIp: "10.0.0.1" });
    expect(user).toMatchObject({ id: caller.userId, role: "viewer" });
  });

  it("answers null alike for a wrong password and an unknown account", async () => {
    await seedUser("viewer", { email: "known@example.test" });
    expect(await authenticateWithPassword({ email: "known@example.test", password: "wrong-password", clientIp: "10.0.0.2" })).toBeNull();
    expect(await authenticateWithPassword({ email: "nobody@example.test", password: "wrong-password", clientIp: "10.0.0.2" })).toBeNull();
  });

  it("locks an account after the limit, from any address, even with the right password", async () => {
    const { password } = await seedUser("viewer", { email: "target@example.test" });
    for (let attempt = 0; attempt < LIMIT; attempt += 1) {
      await authenticateWithPassword({ email: "target@example.test", password: "guess", clientIp: `10.1.0.${attempt}` });
    }
    const refusal = await authenticateWithPassword({ email: "target@example.test", password, clientIp: "10.9.9.9" }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "rate_limited" });
    expect((refusal as { extra: { retryAfterSeconds: number } }).extra.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("limits one address across many accounts, the same way for accounts that do not exist", async () => {
    for (let attempt = 0; attempt < LIMIT; attempt += 1) {
      await authenticateWithPassword({ email: `ghost-${attempt}@example.test`, password: "guess", clientIp: "10.2.0.1" });
    }
    await expect(checkSignInAllowed({ email: "someone-else@example.test", clientIp: "10.2.0.1" })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(checkSignInAllowed({ email: "someone-else@example.test", clientIp: "10.2.0.2" })).resolves.toBeUndefined();
  });

  it("refuses disabled accounts like wrong passwords", async () => {
    const { caller, password } = await seedUser("viewer");
    const { db } = await import("@/lib/server/db/client");
    await db().user.update({ where: { id: caller.userId as string }, data: { disabledAt: new Date() } });
    expect(await authenticateWithPassword({ email: caller.email as string, password, clientIp: "10.3.0.1" })).toBeNull();
  });
});
