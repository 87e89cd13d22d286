import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { io } from "socket.io-client";
import { E2E_SERVER } from "./support/e2e-environment";
import { expect, seeded, test } from "./support/fixtures";

/** Alertmanager sends with a token of at least the responder role; the seeded commander token is one. */
const alertmanager = () => ({ authorization: `Bearer ${seeded().commanderToken}` });
const viewer = () => ({ authorization: `Bearer ${seeded().viewerToken}` });

function notification(groupKey: string, status: "firing" | "resolved") {
  return {
    version: "4",
    groupKey,
    truncatedAlerts: 0,
    status,
    receiver: "rewind",
    groupLabels: { alertname: "CheckoutErrorRate" },
    commonLabels: { alertname: "CheckoutErrorRate", service: "checkout-api", severity: "critical" },
    commonAnnotations: {},
    externalURL: "http://alertmanager.e2e:9093",
    alerts: [
      {
        status,
        labels: { alertname: "CheckoutErrorRate", service: "checkout-api", severity: "critical" },
        annotations: { summary: "Checkout API error rate above 5%", description: "12% of requests answer 5xx" },
        startsAt: "2026-03-01T10:00:00.123456789Z",
        endsAt: status === "resolved" ? "2026-03-01T10:20:00Z" : "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus.e2e:9090/graph",
        fingerprint: "5f1c0a7e9b2d4c38",
      },
    ],
  };
}

async function send(request: APIRequestContext, body: unknown, headers: Record<string, string> = alertmanager()) {
  return request.post("/api/v1/alerts/alertmanager", { headers, data: body });
}

test.describe("Alertmanager intake on the real server", () => {
  test("a firing alert opens one incident; a re-send opens none; its resolution reaches the incident's room live", async ({ request }) => {
    const groupKey = `{}:{alertname="CheckoutErrorRate",run="${randomBytes(4).toString("hex")}"}`;
    const opened = await send(request, notification(groupKey, "firing"));
    expect(opened.status(), await opened.text()).toBe(202);
    const { incidents, alerts } = (await opened.json()) as { incidents: { key: string; id: string; created: boolean }[]; alerts: unknown };
    expect(alerts).toEqual({ received: 1, new: 1, resolved: 0 });
    const incident = incidents[0] as { key: string; id: string; created: boolean };
    expect(incident.created).toBe(true);

    const resent = await send(request, notification(groupKey, "firing"));
    expect(await resent.json()).toEqual({ incidents: [{ ...incident, created: false }], alerts: { received: 1, new: 0, resolved: 0 } });

    const read = await request.get(`/api/v1/incidents/${incident.key}`, { headers: viewer() });
    expect((await read.json()).incident).toMatchObject({ title: "Checkout API error rate above 5%", severity: "critical", status: "declared", services: [{ slug: "checkout-api" }] });

    const socket = io(E2E_SERVER.baseUrl, { path: "/socket.io", auth: { token: seeded().viewerToken }, transports: ["websocket"], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    expect(await socket.timeout(5_000).emitWithAck("room:join", { room: { kind: "incident", id: incident.id } })).toMatchObject({ ok: true });
    const allResolved = new Promise<{ kind: string; summary: string }>((resolve) => {
      socket.on("timeline:created", (event: { kind: string; summary: string }) => {
        if (event.kind === "alert.all_resolved") resolve(event);
      });
    });

    const resolved = await send(request, notification(groupKey, "resolved"));
    expect(await resolved.json()).toMatchObject({ incidents: [{ key: incident.key, created: false }], alerts: { resolved: 1 } });
    await expect(allResolved).resolves.toMatchObject({ summary: expect.stringContaining("a person decides") });
    socket.close();

    const timeline = await (await request.get(`/api/v1/incidents/${incident.key}/timeline`, { headers: viewer() })).json();
    expect(timeline.events.map((event: { kind: string }) => event.kind)).toEqual(["alert.all_resolved", "alert.resolved", "incident.declared"]);
    expect((await (await request.get(`/api/v1/incidents/${incident.key}`, { headers: viewer() })).json()).incident.status).toBe("declared");
  });

  test("a malformed payload gets 400 naming the fields; no token gets 401 and a viewer's token 403", async ({ request }) => {
    const valid = notification("malformed-check", "firing");
    const { fingerprint: _fingerprint, ...withoutFingerprint } = valid.alerts[0] as Record<string, unknown>;
    const malformed = await send(request, { ...valid, version: "3", alerts: [withoutFingerprint, { ...valid.alerts[0], startsAt: "soon" }] });
    expect(malformed.status()).toBe(400);
    const { error } = (await malformed.json()) as { error: { details: { field: string }[]; message: string } };
    expect(error.details.map((detail) => detail.field).sort()).toEqual(["alerts.0.fingerprint", "alerts.1.startsAt", "version"]);

    expect((await send(request, valid, {})).status()).toBe(401);
    expect((await send(request, valid, viewer())).status()).toBe(403);
  });
});
