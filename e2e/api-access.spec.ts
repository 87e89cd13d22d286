import { expect, seeded, test } from "./support/fixtures";

test.describe("API access rules, on the running server", () => {
  test("health is public and reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
    expect(response.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);
  });

  test("every /api/v1 route answers 401 without credentials", async ({ request }) => {
    for (const [method, path] of [
      ["GET", "/api/v1/users"],
      ["POST", "/api/v1/users"],
      ["GET", "/api/v1/tokens"],
      ["DELETE", "/api/v1/tokens/00000000-0000-4000-8000-000000000000"],
      ["GET", "/api/v1/audit-events"],
      ["GET", "/api/v1/me"],
      ["GET", "/api/v1/does-not-exist"],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(401);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: "unauthorized" });
      expect(body.error.requestId).toBe(response.headers()["x-request-id"]);
    }
  });

  test("a viewer token gets 403 on admin actions and reads what viewers read", async ({ request }) => {
    const headers = { authorization: `Bearer ${seeded().viewerToken}` };
    const create = await request.post("/api/v1/users", { headers, data: { email: "v@e2e.test", name: "V", role: "admin" } });
    expect(create.status()).toBe(403);
    expect((await create.json()).error).toMatchObject({ code: "forbidden" });
    expect((await request.post("/api/v1/tokens", { headers, data: { name: "x", role: "admin" } })).status()).toBe(403);
    expect((await request.get("/api/v1/audit-events", { headers })).status()).toBe(403);
    const me = await request.get("/api/v1/me", { headers });
    expect(await me.json()).toMatchObject({ caller: { kind: "token", role: "viewer" } });
  });

  test("malformed JSON gets 400 naming the problem; nothing is created", async ({ request }) => {
    const headers = { authorization: `Bearer ${seeded().adminToken}`, "content-type": "application/json" };
    const response = await request.post("/api/v1/users", { headers, data: Buffer.from('{"email": "broken@e2e.test", "name": ') });
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("bad_request");
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.details[0].field).toBe("body");
    const users = await (await request.get("/api/v1/users", { headers })).json();
    expect(users.users.map((user: { email: string }) => user.email)).not.toContain("broken@e2e.test");
  });

  test("an unexpected failure never shows a stack trace or SQL", async ({ request }) => {
    const headers = { authorization: `Bearer ${seeded().adminToken}` };
    const response = await request.get("/api/v1/audit-events?limit=abc", { headers });
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at \w+ \(|SELECT|prisma/i);
  });

  test("metrics need a token and speak Prometheus text format", async ({ request }) => {
    expect((await request.get("/api/metrics")).status()).toBe(401);
    const response = await request.get("/api/metrics", { headers: { authorization: `Bearer ${seeded().viewerToken}` } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain("# TYPE rewind_http_requests_total counter");
    expect(text).toMatch(/rewind_http_requests_total\{[^}]*status="200"[^}]*\} \d+/);
  });

  test("failed sign-ins past the limit get 429, alike for real and unknown accounts", async ({ playwright }) => {
    const fromAddress = (ip: string) => playwright.request.newContext({ baseURL: "http://localhost:3210", extraHTTPHeaders: { "x-forwarded-for": ip } });
    const attempt = async (context: Awaited<ReturnType<typeof fromAddress>>, email: string, password: string) => {
      const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
      return context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
    };
    const attacker = await fromAddress("203.0.113.7");
    for (let index = 0; index < 10; index += 1) {
      const response = await attempt(attacker, `ghost-${index}@e2e.test`, "wrong");
      expect(response.status()).toBe(401);
    }
    const { email, password } = seeded().users.viewer;
    const realAccount = await attempt(attacker, email, password);
    const unknownAccount = await attempt(attacker, "nobody@e2e.test", "wrong");
    expect(realAccount.status()).toBe(429);
    expect(unknownAccount.status()).toBe(429);
    const [realBody, unknownBody] = [await realAccount.json(), await unknownAccount.json()];
    expect(realBody.error.code).toBe("rate_limited");
    expect({ ...realBody.error, requestId: "" }).toEqual({ ...unknownBody.error, requestId: "" });
    expect(realAccount.headers()["retry-after"]).toMatch(/^\d+$/);

    const elsewhere = await fromAddress("203.0.113.8");
    expect((await attempt(elsewhere, email, password)).status()).toBe(200);
    await attacker.dispose();
    await elsewhere.dispose();
  });
});
