import { describe, expect, it } from "vitest";
import { POST as emergencyOffRoute } from "@/app/api/v1/flag-sets/[set]/emergency-off/route";
import { PATCH as patchFlagRoute } from "@/app/api/v1/flags/[key]/route";
import { POST as createFlagRoute } from "@/app/api/v1/flags/route";
import { POST as evaluateFlagRoute } from "@/app/ofrep/v1/evaluate/flags/[key]/route";
import { POST as evaluateFlagsRoute } from "@/app/ofrep/v1/evaluate/flags/route";
import { seedToken } from "@/lib/testing/seed";

/** The real route handlers, called as Next.js calls them, against the real database. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, path: string, init: { method?: string; body?: string; secret?: string | null; headers?: Record<string, string>; params?: Record<string, string> }) {
  const headers: Record<string, string> = { host: "rewind.test", "content-type": "application/json", ...init.headers };
  if (init.secret) headers.authorization = `Bearer ${init.secret}`;
  const request = new Request(`http://rewind.test${path}`, { method: init.method ?? "POST", headers, body: init.body });
  const response = await handler(request, { params: Promise.resolve(init.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

async function createFlag(secret: string, flag: Record<string, unknown>) {
  const created = await call(createFlagRoute, "/api/v1/flags", { body: JSON.stringify(flag), secret });
  expect(created.status).toBe(201);
  return created.json.flag as { key: string; version: number };
}

describe("/api/v1/flags", () => {
  it("answers 400 naming each bad field and unknown key, and 403 to a commander", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: commander } = await seedToken("commander");
    const bad = await call(createFlagRoute, "/api/v1/flags", { body: JSON.stringify({ key: "Bad Key", onValue: "on", offValue: 0, colour: "red" }), secret: admin });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(["body", "key", "offValue"]);
    expect(bad.json.error.message).toContain("colour");
    expect((await call(createFlagRoute, "/api/v1/flags", { body: JSON.stringify({ key: "route.by-commander" }), secret: commander })).status).toBe(403);
  });

  it("answers a stale PATCH with 409 and the flag as it is now", async () => {
    const { secret: admin } = await seedToken("admin");
    const flag = await createFlag(admin, { key: "route.stale", enabled: true });
    const patch = (body: unknown) => call(patchFlagRoute, `/api/v1/flags/${flag.key}`, { method: "PATCH", body: JSON.stringify(body), secret: admin, params: { key: flag.key } });

    expect(await patch({ version: 1, description: "first" })).toMatchObject({ status: 200, json: { flag: { version: 2, description: "first" } } });
    const stale = await patch({ version: 1, enabled: false });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: "conflict", current: { key: "route.stale", version: 2, enabled: true, description: "first" } } } });
  });

  it("lets a commander's token run the emergency off of a set", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: commander } = await seedToken("commander");
    const { secret: responder } = await seedToken("responder");
    await createFlag(admin, { key: "route.emergency", enabled: true, sets: ["route-set"] });
    const off = (secret: string) => call(emergencyOffRoute, "/api/v1/flag-sets/route-set/emergency-off", { secret, params: { set: "route-set" } });
    expect((await off(responder)).status).toBe(403);
    expect(await off(commander)).toMatchObject({ status: 200, json: { set: "route-set", turnedOff: [{ key: "route.emergency", enabled: false }], alreadyOff: [] } });
  });
});

describe("/ofrep/v1/evaluate/flags", () => {
  it("evaluates one flag: STATIC while on, DISABLED while off, FLAG_NOT_FOUND for an unknown key", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: viewer } = await seedToken("viewer");
    await createFlag(admin, { key: "ofrep.colour", enabled: true, onValue: "blue", offValue: "grey", sets: ["ofrep-set"] });
    await createFlag(admin, { key: "ofrep.off", enabled: false });
    const evaluate = (key: string, body = '{"context":{"targetingKey":"user-1"}}') => call(evaluateFlagRoute, `/ofrep/v1/evaluate/flags/${key}`, { body, secret: viewer, params: { key } });

    expect(await evaluate("ofrep.colour")).toMatchObject({ status: 200, json: { key: "ofrep.colour", value: "blue", reason: "STATIC", variant: "on", metadata: { version: 1, killSwitch: false, sets: "ofrep-set" } } });
    expect(await evaluate("ofrep.off")).toMatchObject({ status: 200, json: { key: "ofrep.off", value: false, reason: "DISABLED", variant: "off" } });
    expect(await evaluate("ofrep.missing")).toMatchObject({ status: 404, json: { key: "ofrep.missing", errorCode: "FLAG_NOT_FOUND", errorDetails: expect.any(String) } });
  });

  it("answers 400 for a malformed body or context, and 401 without a valid bearer token", async () => {
    const { secret: viewer } = await seedToken("viewer");
    const single = (init: { body?: string; secret?: string | null; headers?: Record<string, string> }) => call(evaluateFlagRoute, "/ofrep/v1/evaluate/flags/ofrep.any", { ...init, params: { key: "ofrep.any" } });

    expect(await single({ body: "{nope", secret: viewer })).toMatchObject({ status: 400, json: { key: "ofrep.any", errorCode: "PARSE_ERROR" } });
    expect(await single({ body: '{"context":[1]}', secret: viewer })).toMatchObject({ status: 400, json: { key: "ofrep.any", errorCode: "INVALID_CONTEXT" } });
    expect(await call(evaluateFlagsRoute, "/ofrep/v1/evaluate/flags", { body: '{"context":"x"}', secret: viewer })).toMatchObject({ status: 400, json: { errorCode: "INVALID_CONTEXT" } });
    expect((await single({ body: "{}", secret: null })).status).toBe(401);
    expect((await single({ body: "{}", secret: "rwd_not-a-token" })).status).toBe(401);
    // A session cookie is no way in: these endpoints are for applications holding a token.
    expect((await single({ body: "{}", secret: null, headers: { cookie: "next-auth.session-token=whatever" } })).status).toBe(401);
    expect((await call(evaluateFlagsRoute, "/ofrep/v1/evaluate/flags", { body: "{}", secret: null })).status).toBe(401);
  });

  it("evaluates every flag in bulk with an ETag, 304 while nothing changed, a new tag after a change", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: viewer } = await seedToken("viewer");
    const flag = await createFlag(admin, { key: "bulk.one", enabled: true, sets: ["bulk-set"] });
    const bulk = (ifNoneMatch?: string) => call(evaluateFlagsRoute, "/ofrep/v1/evaluate/flags", { body: "{}", secret: viewer, headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {} });

    const first = await bulk();
    expect(first.status).toBe(200);
    expect(first.json.flags).toContainEqual(expect.objectContaining({ key: "bulk.one", value: true, reason: "STATIC" }));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);

    const unchanged = await bulk(etag!);
    expect(unchanged).toMatchObject({ status: 304, json: null });
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect((await bulk(`W/${etag}`)).status).toBe(304);

    await call(patchFlagRoute, `/api/v1/flags/${flag.key}`, { method: "PATCH", body: JSON.stringify({ version: 1, enabled: false }), secret: admin, params: { key: flag.key } });
    const changed = await bulk(etag!);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.json.flags).toContainEqual(expect.objectContaining({ key: "bulk.one", value: false, reason: "DISABLED" }));
  });
});
