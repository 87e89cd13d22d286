import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { PATCH as updateUserRoute } from "@/app/api/v1/users/[userId]/route";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/v1/users/route";
import { GET as unknownRoute } from "@/app/api/v1/[...path]/route";
import { db } from "@/lib/server/db/client";
import { seedToken, seedUser } from "@/lib/testing/seed";

/** The real route handlers, called as Next.js calls them, against the real database. */
const ORIGIN = "http://rewind.test";
const noParams = { params: Promise.resolve({}) };

function request(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Request {
  return new Request(`${ORIGIN}${path}`, { method, headers: { host: "rewind.test", "x-request-id": "it-request-0001", ...init.headers }, body: init.body });
}

async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: process.env.NEXTAUTH_SECRET as string });
  return `next-auth.session-token=${token}`;
}

describe("/api/v1 routes", () => {
  it("answer 401 without credentials, on known and unknown paths", async () => {
    for (const response of [await listUsersRoute(request("GET", "/api/v1/users"), noParams), await unknownRoute(request("GET", "/api/v1/nope"), { params: Promise.resolve({ path: ["nope"] }) })]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized", requestId: "it-request-0001" } });
    }
  });

  it("answer 403 to a viewer token on an admin action, and change nothing", async () => {
    const { secret } = await seedToken("viewer");
    const before = await db().user.count();
    const response = await createUserRoute(
      request("POST", "/api/v1/users", { headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: JSON.stringify({ email: "a@b.test", name: "A", role: "viewer" }) }),
      noParams,
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/admin role/);
    expect(await db().user.count()).toBe(before);
  });

  it("answer 400 naming the problem for malformed JSON and for invalid fields", async () => {
    const { secret } = await seedToken("admin");
    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const malformed = await createUserRoute(request("POST", "/api/v1/users", { headers, body: '{"email": "a@b.test",' }), noParams);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "bad_request", details: [{ field: "body" }] } });

    const invalid = await createUserRoute(request("POST", "/api/v1/users", { headers, body: JSON.stringify({ email: "not-an-email", role: "boss" }) }), noParams);
    const { error } = await invalid.json();
    expect(invalid.status).toBe(400);
    expect(error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(["email", "name", "role"]);
  });

  it("create with an admin token: 201, and the secret is shown once", async () => {
    const { secret } = await seedToken("admin");
    const response = await createTokenRoute(
      request("POST", "/api/v1/tokens", { headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: JSON.stringify({ name: "scraper", role: "viewer" }) }),
      noParams,
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.secret).toMatch(/^rwd_/);
    expect(body.token).toMatchObject({ name: "scraper", role: "viewer", revokedAt: null });
    expect(body.token).not.toHaveProperty("tokenHash");
  });

  it("refuse cross-site mutations made with the session cookie, and accept same-origin ones", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: target } = await seedUser("viewer");
    const cookie = await sessionCookie(admin.userId as string);
    const body = JSON.stringify({ role: "responder" });
    const params = { params: Promise.resolve({ userId: target.userId as string }) };

    const crossSite = await updateUserRoute(request("PATCH", `/api/v1/users/${target.userId}`, { headers: { cookie, origin: "https://evil.test", "content-type": "application/json" }, body }), params);
    expect(crossSite.status).toBe(403);
    const noOrigin = await updateUserRoute(request("PATCH", `/api/v1/users/${target.userId}`, { headers: { cookie, "content-type": "application/json" }, body }), params);
    expect(noOrigin.status).toBe(403);
    expect((await db().user.findUniqueOrThrow({ where: { id: target.userId as string } })).role).toBe("viewer");

    const sameOrigin = await updateUserRoute(request("PATCH", `/api/v1/users/${target.userId}`, { headers: { cookie, origin: ORIGIN, "content-type": "application/json" }, body }), params);
    expect(sameOrigin.status).toBe(200);
    expect((await sameOrigin.json()).user.role).toBe("responder");
  });

  it("answer 404 for a missing record and for an id that is not one", async () => {
    const { secret } = await seedToken("admin");
    const headers = { authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const missing = await updateUserRoute(request("PATCH", "/api/v1/users/x", { headers, body: '{"role":"viewer"}' }), { params: Promise.resolve({ userId: "00000000-0000-4000-8000-000000000000" }) });
    expect(missing.status).toBe(404);
    const malformedId = await updateUserRoute(request("PATCH", "/api/v1/users/x", { headers, body: '{"role":"viewer"}' }), { params: Promise.resolve({ userId: "x" }) });
    expect(malformedId.status).toBe(404);
  });

  it("treat a disabled user's still-valid session cookie as signed out", async () => {
    const { caller } = await seedUser("admin");
    const cookie = await sessionCookie(caller.userId as string);
    await db().user.update({ where: { id: caller.userId as string }, data: { disabledAt: new Date() } });
    const response = await listUsersRoute(request("GET", "/api/v1/users", { headers: { cookie } }), noParams);
    expect(response.status).toBe(401);
  });
});
