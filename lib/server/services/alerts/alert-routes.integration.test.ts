import { describe, expect, it } from "vitest";
import { POST as alertmanagerRoute } from "@/app/api/v1/alerts/alertmanager/route";
import { POST as webhookRoute } from "@/app/api/v1/alerts/webhook/route";
import { MAX_ALERTS_PER_PAYLOAD } from "@/lib/domain/alerts/alertmanager-payload";
import { seedService, seedToken } from "@/lib/testing/seed";

/** The real route handlers, called as Next.js calls them, against the real database. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function post(handler: Handler, path: string, body: unknown, secret: string | null) {
  const headers: Record<string, string> = { host: "rewind.test", "content-type": "application/json" };
  if (secret) headers.authorization = `Bearer ${secret}`;
  const response = await handler(new Request(`http://rewind.test${path}`, { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
  return { status: response.status, json: await response.json() };
}

const alert = (fingerprint: string, labels: Record<string, string> = {}) => ({
  status: "firing",
  labels: { alertname: "HighErrorRate", ...labels },
  annotations: {},
  startsAt: "2026-03-01T10:00:00Z",
  endsAt: "0001-01-01T00:00:00Z",
  generatorURL: "",
  fingerprint,
});

const notification = (groupKey: string, alerts: unknown[]) => ({
  version: "4",
  groupKey,
  truncatedAlerts: 0,
  status: "firing",
  receiver: "rewind",
  groupLabels: {},
  commonLabels: {},
  commonAnnotations: {},
  externalURL: "http://alertmanager.test:9093",
  alerts,
});

const fieldsOf = (json: { error: { details: { field: string }[] } }) => json.error.details.map((detail) => detail.field).sort();

describe("POST /api/v1/alerts/alertmanager", () => {
  it("answers 202 with the incident and the counts", async () => {
    const { secret } = await seedToken("responder");
    const service = await seedService();
    const response = await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", notification("route-202", [alert("r1", { service: service.slug })]), secret);
    expect(response).toMatchObject({ status: 202, json: { incidents: [{ key: expect.stringMatching(/^INC-\d+$/), created: true }], alerts: { received: 1, new: 1, resolved: 0 } } });
  });

  it("answers 400 naming each malformed field, and refuses payloads above the cap", async () => {
    const { secret } = await seedToken("responder");
    const { fingerprint: _fingerprint, ...withoutFingerprint } = alert("x");
    const malformed = await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", { ...notification("", [withoutFingerprint, { ...alert("y"), status: "pending" }]), version: 3 }, secret);
    expect(malformed.status).toBe(400);
    expect(fieldsOf(malformed.json)).toEqual(["alerts.0.fingerprint", "alerts.1.status", "groupKey", "version"]);
    expect(JSON.stringify(malformed.json)).not.toMatch(/at .*\.ts/);

    const tooMany = Array.from({ length: MAX_ALERTS_PER_PAYLOAD + 1 }, (_, index) => alert(`many-${index}`));
    const capped = await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", notification("route-cap", tooMany), secret);
    expect(capped).toMatchObject({ status: 400, json: { error: { details: [{ field: "alerts", message: expect.stringContaining(`more than ${MAX_ALERTS_PER_PAYLOAD} alerts`) }] } } });
  });

  it("answers 401 without a valid token and 403 to a viewer's token", async () => {
    const { secret: viewer } = await seedToken("viewer");
    const body = notification("route-auth", [alert("a1")]);
    expect((await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", body, null)).status).toBe(401);
    expect((await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", body, "rwd_not-a-token")).status).toBe(401);
    expect((await post(alertmanagerRoute, "/api/v1/alerts/alertmanager", body, viewer)).status).toBe(403);
  });
});

describe("POST /api/v1/alerts/webhook", () => {
  it("answers 202, and 400 naming each bad field", async () => {
    const { secret } = await seedToken("responder");
    const accepted = await post(webhookRoute, "/api/v1/alerts/webhook", { title: "Queue backlog", status: "firing", dedupKey: "route-webhook" }, secret);
    expect(accepted).toMatchObject({ status: 202, json: { incidents: [{ created: true }], alerts: { new: 1 } } });
    const refused = await post(webhookRoute, "/api/v1/alerts/webhook", { status: "up", severity: "sev1" }, secret);
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.json)).toEqual(["dedupKey", "severity", "status", "title"]);
  });
});
