import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as previewRoute } from "@/app/api/v1/incidents/[incidentRef]/messages/preview/route";
import { GET as listMessagesRoute, POST as sendRoute } from "@/app/api/v1/incidents/[incidentRef]/messages/route";
import { SYSTEM_ACTOR } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { type LocalSmtpServer, startLocalSmtpServer } from "@/lib/testing/local-smtp-server";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { type RecordingHttpServer, startRecordingHttpServer } from "@/lib/testing/recording-http-server";
import { seedIncident, seedService, seedToken, seedUser } from "@/lib/testing/seed";
import { createSecret } from "../secrets/create-secret";
import { createCommunicationChannel } from "./create-communication-channel";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, path: string, params: Record<string, string>, secret: string, body?: unknown) {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${secret}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await handler(new Request(`http://rewind.test/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as Record<string, unknown> };
}

const HOOK_TOKEN = "hook-token-5c1e88d2";
const STATUS_AUTH = "OAuth status-key-0b7d31";
const SMTP_PASSWORD = "smtp-pass-8d02aa41";

let chat: RecordingHttpServer;
let statusPage: RecordingHttpServer;
let smtp: LocalSmtpServer;
const broadcasts: Broadcast[] = [];
const channels: Record<"chat" | "status" | "email", string> = { chat: "", status: "", email: "" };

beforeAll(async () => {
  [chat, statusPage, smtp] = await Promise.all([startRecordingHttpServer(), startRecordingHttpServer(), startLocalSmtpServer({ credentials: { username: "rewind", password: SMTP_PASSWORD } })]);
  await createSecret(SYSTEM_ACTOR, { name: "chat-hook", value: `${chat.url}/services/${HOOK_TOKEN}` }, null);
  await createSecret(SYSTEM_ACTOR, { name: "status-hook", value: `${statusPage.url}/hooks/${HOOK_TOKEN}` }, null);
  await createSecret(SYSTEM_ACTOR, { name: "status-auth", value: STATUS_AUTH }, null);
  await createSecret(SYSTEM_ACTOR, { name: "smtp-pass", value: SMTP_PASSWORD }, null);
  channels.chat = (await createCommunicationChannel(SYSTEM_ACTOR, { name: "#inc-checkout", kind: "chat_webhook", enabled: true, config: { url: { secret: "chat-hook" }, format: "slack" } }, null)).id;
  channels.status = (await createCommunicationChannel(SYSTEM_ACTOR, { name: "Status page", kind: "status_webhook", enabled: true, config: { url: { secret: "status-hook" }, authorization: { secret: "status-auth" } } }, null)).id;
  channels.email = (
    await createCommunicationChannel(
      SYSTEM_ACTOR,
      {
        name: "Stakeholders",
        kind: "email",
        enabled: true,
        config: { host: smtp.host, port: smtp.port, secure: false, username: "rewind", password: { secret: "smtp-pass" }, from: "rewind@example.test", to: ["ops@example.test", "cto@example.test"] },
      },
      null,
    )
  ).id;
});
afterAll(async () => {
  stopRecordingBroadcasts();
  await Promise.all([chat?.stop(), statusPage?.stop(), smtp?.stop()]);
});
beforeEach(() => {
  broadcasts.length = 0;
  recordBroadcasts(broadcasts);
  chat.respondWith({ status: 200, body: "ok" });
});

async function incidentWithResponder() {
  const { caller: commander } = await seedUser("commander");
  const service = await seedService({ name: "Checkout API" });
  const incident = await seedIncident(commander, { title: "Checkout returns 500s", serviceIds: [service.id] });
  return { incident, responder: await seedToken("responder") };
}

describe("sending incident messages", () => {
  it("posts Slack JSON {text} to the chat webhook, records the message and a timeline event, and publishes both", async () => {
    const { incident, responder } = await incidentWithResponder();
    const arrived = chat.nextRequest();
    broadcasts.length = 0;
    const sent = await call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, responder.secret, {
      templateKey: "resolved",
      channelId: channels.chat,
      subject: "[RESOLVED] Checkout API rollback completed",
      body: "Service restored at 13:47 UTC {{not.rendered}} & <b>",
    });
    expect(sent.status).toBe(201);
    expect(sent.json.message).toMatchObject({ status: "sent", error: null, channelName: "#inc-checkout", channelKind: "chat_webhook", templateKey: "resolved" });

    const request = await arrived;
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`/services/${HOOK_TOKEN}`);
    expect(request.headers["content-type"]).toBe("application/json");
    // Sent as typed: never rendered again, and Slack's control characters escaped.
    expect(JSON.parse(request.body)).toEqual({ text: "[RESOLVED] Checkout API rollback completed\n\nService restored at 13:47 UTC {{not.rendered}} &amp; &lt;b&gt;" });
    expect(request.headers["idempotency-key"]).toBe((sent.json.message as { id: string }).id);

    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "communication.sent" } });
    expect(event.summary).toContain("sent “[RESOLVED] Checkout API rollback completed” to #inc-checkout");
    expect(broadcasts.map((broadcast) => [broadcast.room, broadcast.event])).toEqual([
      [`incident:${incident.id}`, "timeline:created"],
      [`incident:${incident.id}`, "communication:message"],
    ]);

    const history = await call(listMessagesRoute, "GET", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, (await seedToken("viewer")).secret);
    expect((history.json.messages as { id: string }[]).map((message) => message.id)).toEqual([(sent.json.message as { id: string }).id]);
    expect(sent.text + history.text).not.toContain(HOOK_TOKEN);
  });

  it("records a send the peer refuses as failed, with a clear error free of the webhook's token", async () => {
    const { incident, responder } = await incidentWithResponder();
    chat.respondWith({ status: 500, body: `upstream broke at /services/${HOOK_TOKEN}` });
    const sent = await call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, responder.secret, { templateKey: "urgent", channelId: channels.chat, body: "Rolling back" });

    expect(sent.status).toBe(201);
    const message = sent.json.message as { status: string; error: string };
    expect(message.status).toBe("failed");
    expect(message.error).toMatch(/^The chat webhook in secret chat-hook answered HTTP 500, expected 2xx/);
    expect(sent.text).not.toContain(HOOK_TOKEN);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "communication.failed" } });
    expect(event.summary).toContain("it failed: The chat webhook in secret chat-hook answered HTTP 500");
    expect(await db().communicationMessage.count({ where: { incidentId: incident.id, status: "failed" } })).toBe(1);
  });

  it("posts {incident, status, title, message} to the status page webhook with its Authorization header", async () => {
    const { incident, responder } = await incidentWithResponder();
    const arrived = statusPage.nextRequest();
    const sent = await call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, responder.secret, {
      templateKey: "resolved",
      channelId: channels.status,
      subject: "Checkout is back",
      body: "We rolled back.",
    });
    expect(sent.json.message).toMatchObject({ status: "sent" });
    const request = await arrived;
    expect(request.headers.authorization).toBe(STATUS_AUTH);
    expect(JSON.parse(request.body)).toEqual({ incident: incident.key, status: "declared", title: "Checkout is back", message: "We rolled back." });
    expect(sent.text).not.toContain("status-key");
  });

  it("emails through SMTP with the password from its secret", async () => {
    const { incident, responder } = await incidentWithResponder();
    const arrived = smtp.nextEmail();
    const sent = await call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, responder.secret, {
      templateKey: "urgent",
      channelId: channels.email,
      subject: "[URGENT] Checkout API rollback - Checkout returns 500s",
      body: "ISSUE: Checkout returns 500s\nSTATUS: declared",
    });
    expect(sent.json.message).toMatchObject({ status: "sent" });
    const email = await arrived;
    expect(email.user).toBe("rewind");
    expect(email.envelope).toEqual({ from: "rewind@example.test", to: ["ops@example.test", "cto@example.test"] });
    expect(email.headers.subject).toBe("[URGENT] Checkout API rollback - Checkout returns 500s");
    expect(email.text.replace(/\r\n/g, "\n")).toBe("ISSUE: Checkout returns 500s\nSTATUS: declared");
    expect(sent.text).not.toContain(SMTP_PASSWORD);
  });

  it("lets responders send and refuses viewers (403) before anything is sent", async () => {
    const { incident } = await incidentWithResponder();
    const viewer = await seedToken("viewer");
    const refused = await call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, viewer.secret, { templateKey: "urgent", channelId: channels.chat, body: "x" });
    expect(refused.status).toBe(403);
    expect(chat.requests.filter((request) => request.body.includes('"x"'))).toEqual([]);
    expect(await db().communicationMessage.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("refuses bad input with 400 naming the field", async () => {
    const { incident, responder } = await incidentWithResponder();
    const send = (body: unknown) => call(sendRoute, "POST", `/incidents/${incident.key}/messages`, { incidentRef: incident.key }, responder.secret, body);
    const empty = await send({ templateKey: "nope", channelId: channels.chat, body: "  " });
    expect(empty.status).toBe(400);
    expect((empty.json.error as { details: { field: string }[] }).details.map((problem) => problem.field).sort()).toEqual(["body", "templateKey"]);
    const unknownChannel = await send({ templateKey: "urgent", channelId: "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f", body: "x" });
    expect(unknownChannel.json.error).toMatchObject({ details: [{ field: "channelId", message: "is not a channel" }] });
  });

  it("hides a private incident's messages and preview (404) from non-participants", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander, { private: true });
    const outsider = await seedToken("responder");
    const path = `/incidents/${incident.key}/messages`;
    expect((await call(listMessagesRoute, "GET", path, { incidentRef: incident.key }, outsider.secret)).status).toBe(404);
    expect((await call(previewRoute, "GET", `${path}/preview?template=resolved`, { incidentRef: incident.key }, outsider.secret)).status).toBe(404);
    expect((await call(sendRoute, "POST", path, { incidentRef: incident.key }, outsider.secret, { templateKey: "urgent", channelId: channels.chat, body: "x" })).status).toBe(404);
  });
});

describe("previewing a template", () => {
  it("renders it with the incident's variables and lists the ones Rewind has no value for", async () => {
    const { incident } = await incidentWithResponder();
    const viewer = await seedToken("viewer");
    const answer = await call(previewRoute, "GET", `/incidents/${incident.key}/messages/preview?template=resolved`, { incidentRef: incident.key }, viewer.secret);
    expect(answer.status).toBe(200);
    const preview = answer.json.preview as { subject: string; body: string; missing: { name: string }[] };
    expect(preview.subject).toBe("[RESOLVED] Checkout API rollback completed");
    expect(preview.body).toContain("- **Affected Services**: Checkout API");
    expect(preview.body).toContain("- **Service Restored**: [Service restored time]");
    expect(preview.body).not.toContain("undefined");
    expect(preview.missing.map((variable) => variable.name)).toContain("rollback.from_version");

    const bad = await call(previewRoute, "GET", `/incidents/${incident.key}/messages/preview?template=tweet`, { incidentRef: incident.key }, viewer.secret);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ details: [{ field: "template" }] });
  });

  it("quotes the latest live rollback run: versions from its capture and steps, its reason, method and verification", async () => {
    const { caller: commander } = await seedUser("commander");
    const service = await seedService({ name: "Checkout API" });
    const incident = await seedIncident(commander, { title: "Checkout returns 500s", serviceIds: [service.id] });
    const plan = await db().rollbackPlan.create({ data: { serviceId: service.id, type: "application", name: "Immediate rollback" } });
    const startedAt = new Date(Date.now() - 10 * 60_000);
    await db().rollbackRun.create({
      data: {
        planId: plan.id,
        serviceId: service.id,
        incidentId: incident.id,
        planSnapshot: { name: "Immediate rollback", type: "application", version: 1, verification: {} },
        mode: "live",
        trigger: "manual",
        status: "succeeded",
        reason: "error rate 12% after v2.4.0",
        startedByName: "Casey",
        createdAt: startedAt,
        finishedAt: new Date(startedAt.getTime() + 4 * 60_000),
        capture: { version: "v2.4.0" },
        verificationStatus: "failed",
        verification: { passRate: 0.5, passed: false, checks: [] },
        steps: {
          create: [
            { position: 0, definition: {}, idempotencyKey: `${incident.id}:0`, status: "succeeded", result: { summary: "switched", details: { after: { currentVersion: "v2.3.9" } } } },
            { position: 1, definition: {}, idempotencyKey: `${incident.id}:1`, status: "succeeded", result: { summary: "notified" } },
          ],
        },
      },
    });
    const viewer = await seedToken("viewer");
    const answer = await call(previewRoute, "GET", `/incidents/${incident.key}/messages/preview?template=rollback_log`, { incidentRef: incident.key }, viewer.secret);
    const preview = answer.json.preview as { body: string; missing: unknown[] };
    expect(preview.body).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d UTC\] ROLLBACK INITIATED\nFeature: Checkout API\nTrigger: error rate 12% after v2.4.0\nMethod: Immediate rollback \(application\)\nDuration: 4 min\nVerification: partial$/);
    expect(preview.missing).toEqual([]);
    const urgent = await call(previewRoute, "GET", `/incidents/${incident.key}/messages/preview?template=urgent`, { incidentRef: incident.key }, viewer.secret);
    expect((urgent.json.preview as { body: string }).body).toContain("ACTION: Rolled back Checkout API from v2.4.0 to v2.3.9 (Immediate rollback (application))");
  });
});
