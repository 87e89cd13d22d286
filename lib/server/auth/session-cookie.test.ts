import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { readSessionCookie, sessionUserId } from "./session-cookie";

const secret = "a-test-secret-that-is-long-enough-for-hkdf";

describe("session cookie", () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_SECRET;
  });

  it("reads whole and chunked next-auth cookies", () => {
    expect(readSessionCookie("a=1; next-auth.session-token=abc%3D; b=2")).toBe("abc=");
    expect(readSessionCookie("next-auth.session-token.0=ab; next-auth.session-token.1=cd")).toBe("abcd");
    expect(readSessionCookie("other=1")).toBeNull();
    expect(readSessionCookie(undefined)).toBeNull();
  });

  it("returns the user id of a valid token and null for a forged one", async () => {
    process.env.NEXTAUTH_SECRET = secret;
    const valid = await encode({ token: { sub: "user-1" }, secret });
    const forged = await encode({ token: { sub: "user-1" }, secret: "another-secret-of-sufficient-length-xx" });
    expect(await sessionUserId(`next-auth.session-token=${valid}`)).toBe("user-1");
    expect(await sessionUserId(`next-auth.session-token=${forged}`)).toBeNull();
  });
});
