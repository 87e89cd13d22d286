import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { httpParamsSchema } from "@/lib/domain/rollback/actions/http";
import { recordedActionContext } from "@/lib/testing/http-action-context";
import { type RecordingHttpServer, startRecordingHttpServer } from "@/lib/testing/recording-http-server";
import { ActionFailure } from "./action-executor";
import { httpExecutor } from "./http";

const TOKEN = "unleash-token-8f3a1c9e27d4";
const variables = { "incident.key": "INC-42", "incident.title": "Checkout errors after 2.9.0", "service.slug": "checkout-api" };

let server: RecordingHttpServer;
beforeAll(async () => {
  server = await startRecordingHttpServer();
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(() => {
  server.requests.length = 0;
  server.respondWith({ status: 200, body: "ok" });
});

/** Unleash's admin API call that turns a feature off in one environment. */
const unleashOff = () =>
  httpParamsSchema.parse({
    method: "POST",
    url: `${server.url}/api/admin/projects/default/features/new-checkout/environments/production/off`,
    headers: { Authorization: { secret: "unleash-admin-token" }, "X-Rewind-Incident": "{{incident.key}}" },
  });

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionFailure);
  return error as ActionFailure;
};

describe("the http action against a recording HTTP server", () => {
  it("sends an Unleash-style kill call exactly: method, path, secret header, rendered header and idempotency key", async () => {
    const recorded = recordedActionContext({ variables, secrets: { "unleash-admin-token": TOKEN }, idempotencyKey: "run-7:step-2" });
    const result = await httpExecutor.execute(unleashOff(), recorded.context);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", url: "/api/admin/projects/default/features/new-checkout/environments/production/off", body: "" });
    expect(request?.headers).toMatchObject({ authorization: TOKEN, "x-rewind-incident": "INC-42", "idempotency-key": "run-7:step-2" });
    expect(request?.headers["content-type"]).toBeUndefined();

    expect(result).toMatchObject({ summary: expect.stringMatching(/answered HTTP 200 in \d+ ms$/), details: { status: 200, idempotencyKey: "run-7:step-2" } });
    expect(recorded.revealed).toEqual(["unleash-admin-token"]);
    expect(recorded.logText()).toContain("Authorization: {secret:unleash-admin-token}");
    expect(recorded.logText()).toContain("answered HTTP 200");
    expect(recorded.logText()).not.toContain(TOKEN);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it("renders template variables in the URL and every string of the JSON body", async () => {
    server.respondWith({ status: 204 });
    const params = httpParamsSchema.parse({
      method: "PATCH",
      url: `${server.url}/api/incidents/{{ incident.key }}?component={{service.slug}}`,
      body: { status: "identified", message: "Rolling back {{service.slug}}: {{incident.title}}", tags: ["{{incident.key}}", 3], notify: true },
      expectedStatus: [200, 204],
    });
    const result = await httpExecutor.execute(params, recordedActionContext({ variables }).context);

    const [request] = server.requests;
    expect(request).toMatchObject({ method: "PATCH", url: "/api/incidents/INC-42?component=checkout-api" });
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      status: "identified",
      message: "Rolling back checkout-api: Checkout errors after 2.9.0",
      tags: ["INC-42", 3],
      notify: true,
    });
    expect(result.details).toMatchObject({ status: 204, url: `${server.url}/api/incidents/INC-42?component=checkout-api` });
  });

  it("fails on an unexpected status with the status and the answer's first 200 characters, the secret cut out", async () => {
    const answer = `{"error":"conflict","echo":"Bearer ${TOKEN}","padding":"${"x".repeat(400)}"}`;
    server.respondWith({ status: 409, body: answer });
    const recorded = recordedActionContext({ variables, secrets: { "unleash-admin-token": `Bearer ${TOKEN}` } });
    const failure = await failureOf(httpExecutor.execute(unleashOff(), recorded.context));

    expect(failure.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/api\/admin\/.*\/off answered HTTP 409, expected 2xx: \{"error":"conflict","echo":"\[secret\]","padding":"x+$/);
    expect(failure.message.split(": ").slice(1).join(": ")).toHaveLength(200);
    expect(failure.message).not.toContain(TOKEN);
    expect(failure.options.retryable).toBe(false);
  });

  it("does not accept a status outside the expected list", async () => {
    server.respondWith({ status: 200 });
    const params = httpParamsSchema.parse({ method: "DELETE", url: `${server.url}/cache`, expectedStatus: 202 });
    const failure = await failureOf(httpExecutor.execute(params, recordedActionContext().context));
    expect(failure.message).toMatch(/answered HTTP 200, expected 202$/);
  });

  it("stops a request the target holds when the step's signal aborts", async () => {
    server.respondWith({ hang: true });
    const controller = new AbortController();
    const running = httpExecutor.execute(unleashOff(), recordedActionContext({ variables, secrets: { "unleash-admin-token": TOKEN }, signal: controller.signal }).context);
    const abandoned = server.nextAbandonedRequest();
    await server.nextRequest();
    controller.abort();

    const failure = await failureOf(running);
    expect(failure.message).toMatch(/was stopped before it answered \(step timeout or cancel\); it may have been received$/);
    await abandoned;
  });

  it("gives up after its own timeoutSeconds", async () => {
    server.respondWith({ hang: true });
    const params = httpParamsSchema.parse({ method: "GET", url: `${server.url}/slow`, timeoutSeconds: 1 });
    const failure = await failureOf(httpExecutor.execute(params, recordedActionContext().context));
    expect(failure.message).toBe(`GET ${server.url}/slow did not answer within 1 s; it may have been received`);
  });

  it("fails, retryable, when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const failure = await failureOf(httpExecutor.execute(httpParamsSchema.parse({ method: "POST", url: `http://127.0.0.1:${port}/hook` }), recordedActionContext().context));
    expect(failure.message).toContain("ECONNREFUSED");
    expect(failure.options.retryable).toBe(true);
  });

  it("sends nothing when a template names an unknown variable", async () => {
    const params = httpParamsSchema.parse({ method: "POST", url: `${server.url}/{{incident.titel}}`, body: { who: "{{actor.name}}" } });
    const failure = await failureOf(httpExecutor.execute(params, recordedActionContext({ variables }).context));
    expect(failure.message).toBe("The URL cannot be rendered: unknown template variable: incident.titel");
    expect(server.requests).toEqual([]);
  });

  it("previews the rendered request without revealing secrets or sending anything, and is not resumable", async () => {
    const recorded = recordedActionContext({ variables, secrets: { "unleash-admin-token": TOKEN } });
    const params = httpParamsSchema.parse({ ...unleashOff(), body: { reason: "{{incident.title}}" } });
    const preview = await httpExecutor.preview(params, recorded.context);

    expect(preview.dryRun).toEqual({
      supported: false,
      wouldDo: `would send POST ${server.url}/api/admin/projects/default/features/new-checkout/environments/production/off with headers Authorization: {secret:unleash-admin-token}, X-Rewind-Incident, Idempotency-Key and body {"reason":"Checkout errors after 2.9.0"}, expecting HTTP 2xx`,
    });
    expect(preview.description).toContain("authenticated by the secret header Authorization");
    expect(recorded.revealed).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(httpExecutor.resumable(params)).toBe(false);
  });
});
