import { io } from "socket.io-client";
import { E2E_SERVER } from "./support/e2e-environment";
import { expect, seeded, test } from "./support/fixtures";

const commander = () => ({ authorization: `Bearer ${seeded().commanderToken}` });
const viewer = () => ({ authorization: `Bearer ${seeded().viewerToken}` });

async function declare(request: import("@playwright/test").APIRequestContext, data: Record<string, unknown>) {
  const response = await request.post("/api/v1/incidents", { headers: commander(), data: { serviceIds: [seeded().serviceId], severity: "high", ...data } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { incident: { id: string; key: string; version: number } }).incident;
}

test.describe("incidents through the API", () => {
  test("an answer the current question does not offer gets 400; an unknown incident gets 404", async ({ request }) => {
    const incident = await declare(request, { title: "Checkout errors after deploy" });
    expect((await request.post(`/api/v1/incidents/${incident.key}/decision`, { headers: commander(), data: {} })).status()).toBe(201);
    const wrong = await request.post(`/api/v1/incidents/${incident.key}/decision/answers`, { headers: commander(), data: { step: 0, nodeId: "severity", answerId: "catastrophic" } });
    expect(wrong.status()).toBe(400);
    expect((await wrong.json()).error.details[0].field).toBe("answerId");

    for (const ref of ["INC-999999", "00000000-0000-4000-8000-000000000000", "not-an-incident"]) {
      expect((await request.get(`/api/v1/incidents/${ref}`, { headers: viewer() })).status(), ref).toBe(404);
    }
  });

  test("an illegal transition gets 409 naming the allowed next states", async ({ request }) => {
    const incident = await declare(request, { title: "Illegal jump" });
    const response = await request.post(`/api/v1/incidents/${incident.key}/transitions`, { headers: commander(), data: { to: "closed", version: incident.version } });
    expect(response.status()).toBe(409);
    expect(JSON.stringify((await response.json()).error)).toMatch(/investigating/);
  });

  test("a private incident is a 404 to a viewer who does not take part, through the API and its socket room", async ({ request }) => {
    const incident = await declare(request, { title: "Token leak in logs", severity: "critical", scenario: "security_vulnerability" });
    const asAdmin = await request.get(`/api/v1/incidents/${incident.key}`, { headers: { authorization: `Bearer ${seeded().adminToken}` } });
    expect((await asAdmin.json()).incident.private).toBe(true);

    expect((await request.get(`/api/v1/incidents/${incident.key}`, { headers: viewer() })).status()).toBe(404);
    const list = await (await request.get("/api/v1/incidents?status=all", { headers: viewer() })).json();
    expect(list.incidents.map((item: { key: string }) => item.key)).not.toContain(incident.key);
    expect((await request.get(`/api/v1/incidents/${incident.key}/timeline`, { headers: viewer() })).status()).toBe(404);

    const socket = io(E2E_SERVER.baseUrl, { path: "/socket.io", auth: { token: seeded().viewerToken }, transports: ["websocket"], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const ack = await socket.timeout(5_000).emitWithAck("room:join", { room: { kind: "incident", id: incident.id } });
    expect(ack).toEqual({ ok: false, error: "not found" });
    socket.close();
  });
});
