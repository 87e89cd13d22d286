import { describe, expect, it } from "vitest";
import { seedToken, seedUser } from "@/lib/testing/seed";
import { resolveCaller } from "../auth/resolve-caller";
import { authenticateWithPassword } from "./authenticate-with-password";
import { changeOwnPassword } from "./change-own-password";

describe("changing one's own password", () => {
  it("needs the current password, then only the new one signs in", async () => {
    const { caller, password } = await seedUser("viewer");
    await expect(changeOwnPassword(caller, { currentPassword: "not-it", newPassword: "a-brand-new-password" }, null)).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "currentPassword" }],
    });
    await changeOwnPassword(caller, { currentPassword: password, newPassword: "a-brand-new-password" }, null);
    const email = caller.email as string;
    expect(await authenticateWithPassword({ email, password, clientIp: "10.4.0.1" })).toBeNull();
    expect(await authenticateWithPassword({ email, password: "a-brand-new-password", clientIp: "10.4.0.1" })).toMatchObject({ id: caller.userId });
  });

  it("is refused to API tokens", async () => {
    const { secret } = await seedToken("admin");
    const tokenCaller = await resolveCaller({ authorization: `Bearer ${secret}` });
    await expect(changeOwnPassword(tokenCaller as NonNullable<typeof tokenCaller>, { currentPassword: "x", newPassword: "another-long-password" }, null)).rejects.toMatchObject({ code: "forbidden" });
  });
});
