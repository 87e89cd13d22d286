import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notifyParamsSchema } from "@/lib/domain/rollback/actions/notify";
import { recordedActionContext } from "@/lib/testing/http-action-context";
import { type LocalSmtpServer, startLocalSmtpServer } from "@/lib/testing/local-smtp-server";
import { type RecordingHttpServer, startRecordingHttpServer } from "@/lib/testing/recording-http-server";
import { ActionFailure } from "./action-executor";
import { notifyExecutor } from "./notify";

const variables = { "incident.key": "INC-42", "incident.title": "Checkout <500s> & timeouts — after 2.9.0", "service.name": "HomeVerse Checkout API" };
const SMTP_PASSWORD = "smtp-pass-4b9e1f7a";

let chat: RecordingHttpServer;
let openSmtp: LocalSmtpServer;
let authSmtp: LocalSmtpServer;

beforeAll(async () => {
  chat = await startRecordingHttpServer();
  openSmtp = await startLocalSmtpServer();
  authSmtp = await startLocalSmtpServer({ credentials: { username: "rewind", password: SMTP_PASSWORD } });
});
afterAll(async () => {
  await chat?.stop();
  await openSmtp?.stop();
  await authSmtp?.stop();
});
beforeEach(() => {
  chat.requests.length = 0;
  chat.respondWith({ status: 200, body: "ok" });
});

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionFailure);
  return error as ActionFailure;
};

async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("notify through a chat webhook, against a recording HTTP server", () => {
  const webhookPath = "/services/T0001/B0002/XyZsecretToken";
  const slackParams = () =>
    notifyParamsSchema.parse({
      channel: { kind: "chat_webhook", url: { secret: "slack-incidents" }, format: "slack", label: "#inc-checkout" },
      text: ":rewind: Rolling back <https://rewind.example.com|{{service.name}}> for {{incident.key}}: {{incident.title}}",
    });

  it("posts Slack's { text } shape, escaping variable values but not the plan's own link, and never shows the webhook URL", async () => {
    const webhookUrl = `${chat.url}${webhookPath}`;
    const recorded = recordedActionContext({ variables, secrets: { "slack-incidents": webhookUrl }, idempotencyKey: "run-3:step-1" });
    const result = await notifyExecutor.execute(slackParams(), recorded.context);

    const [request] = chat.requests;
    expect(request).toMatchObject({ method: "POST", url: webhookPath });
    expect(request?.headers).toMatchObject({ "content-type": "application/json", "idempotency-key": "run-3:step-1" });
    expect(JSON.parse(request?.body ?? "")).toEqual({
      text: ":rewind: Rolling back <https://rewind.example.com|HomeVerse Checkout API> for INC-42: Checkout &lt;500s&gt; &amp; timeouts — after 2.9.0",
    });
    expect(result.summary).toBe("Posted to #inc-checkout");
    expect(recorded.logText()).toContain("#inc-checkout");
    for (const shown of [recorded.logText(), JSON.stringify(result)]) expect(shown).not.toContain("XyZsecretToken");
  });

  it("posts the bare text in the plain format", async () => {
    const params = notifyParamsSchema.parse({ channel: { kind: "chat_webhook", url: `${chat.url}/hooks/rewind`, format: "plain" }, text: "{{incident.key}}: {{incident.title}}" });
    await notifyExecutor.execute(params, recordedActionContext({ variables }).context);
    const [request] = chat.requests;
    expect(request).toMatchObject({ url: "/hooks/rewind", body: "INC-42: Checkout <500s> & timeouts — after 2.9.0" });
    expect(request?.headers["content-type"]).toBe("text/plain; charset=utf-8");
  });

  it("fails when the webhook refuses the message, naming the destination but not the URL", async () => {
    chat.respondWith({ status: 404, body: "no_service" });
    const recorded = recordedActionContext({ variables, secrets: { "slack-incidents": `${chat.url}${webhookPath}` } });
    const failure = await failureOf(notifyExecutor.execute(slackParams(), recorded.context));
    expect(failure.message).toBe("The chat webhook for #inc-checkout answered HTTP 404, expected 2xx: no_service");
  });

  it("previews the rendered message without revealing the webhook, and is not resumable", async () => {
    const recorded = recordedActionContext({ variables, secrets: { "slack-incidents": `${chat.url}${webhookPath}` } });
    const preview = await notifyExecutor.preview(slackParams(), recorded.context);
    expect(preview).toEqual({
      description: "Post a Slack-style message to #inc-checkout",
      dryRun: {
        supported: false,
        wouldDo: "would send to #inc-checkout: :rewind: Rolling back <https://rewind.example.com|HomeVerse Checkout API> for INC-42: Checkout &lt;500s&gt; &amp; timeouts — after 2.9.0",
      },
    });
    expect(recorded.revealed).toEqual([]);
    expect(chat.requests).toEqual([]);
    expect(notifyExecutor.resumable(slackParams())).toBe(false);
  });
});

describe("notify by email, against a real local SMTP server", () => {
  const emailParams = (channel: Record<string, unknown>) =>
    notifyParamsSchema.parse({
      channel: { kind: "email", from: "rewind@homeverse.test", to: ["oncall@homeverse.test", "cto@homeverse.test"], subject: "[{{incident.key}}] Rolling back {{service.name}}", ...channel },
      text: "Rewind is rolling back {{service.name}}.\n\nIncident: {{incident.title}}",
    });

  it("delivers from, to, subject and body as written, with a Message-ID fixed by the idempotency key", async () => {
    const params = emailParams({ smtp: { host: openSmtp.host, port: openSmtp.port, secure: false } });
    const delivered = openSmtp.nextEmail();
    const recorded = recordedActionContext({ variables, idempotencyKey: "run-9:step-4" });
    const result = await notifyExecutor.execute(params, recorded.context);
    const email = await delivered;

    expect(email.envelope).toEqual({ from: "rewind@homeverse.test", to: ["oncall@homeverse.test", "cto@homeverse.test"] });
    expect(email.headers).toMatchObject({
      from: "rewind@homeverse.test",
      to: "oncall@homeverse.test, cto@homeverse.test",
      subject: "[INC-42] Rolling back HomeVerse Checkout API",
      "x-rewind-idempotency-key": "run-9:step-4",
      "message-id": expect.stringMatching(/^<[0-9a-f]{32}@rewind>$/),
    });
    expect(email.text.replace(/\r\n/g, "\n")).toBe("Rewind is rolling back HomeVerse Checkout API.\n\nIncident: Checkout <500s> & timeouts — after 2.9.0");
    expect(result).toMatchObject({ summary: 'Emailed "[INC-42] Rolling back HomeVerse Checkout API" to oncall@homeverse.test, cto@homeverse.test', details: { rejected: [] } });
    expect(result.details?.messageId).toBe(email.headers["message-id"]);

    // The same step sends the same Message-ID again.
    const again = openSmtp.nextEmail();
    await notifyExecutor.execute(params, recordedActionContext({ variables, idempotencyKey: "run-9:step-4" }).context);
    expect((await again).headers["message-id"]).toBe(email.headers["message-id"]);
  });

  it("authenticates with a secret password that never appears in logs or the result", async () => {
    const params = emailParams({ smtp: { host: authSmtp.host, port: authSmtp.port, secure: false, username: "rewind", password: { secret: "smtp-password" } } });
    const delivered = authSmtp.nextEmail();
    const recorded = recordedActionContext({ variables, secrets: { "smtp-password": SMTP_PASSWORD } });
    const result = await notifyExecutor.execute(params, recorded.context);

    expect((await delivered).user).toBe("rewind");
    expect(recorded.revealed).toEqual(["smtp-password"]);
    expect(recorded.logText()).toContain("as rewind (password from secret smtp-password)");
    for (const shown of [recorded.logText(), JSON.stringify(result)]) expect(shown).not.toContain(SMTP_PASSWORD);
  });

  it("takes the whole server from an smtpUrl secret", async () => {
    const params = emailParams({ smtpUrl: { secret: "smtp-url" } });
    const smtpUrl = `smtp://rewind:${encodeURIComponent(SMTP_PASSWORD)}@${authSmtp.host}:${authSmtp.port}`;
    const delivered = authSmtp.nextEmail();
    const recorded = recordedActionContext({ variables, secrets: { "smtp-url": smtpUrl } });
    await notifyExecutor.execute(params, recorded.context);

    expect(await delivered).toMatchObject({ user: "rewind", headers: { subject: "[INC-42] Rolling back HomeVerse Checkout API" } });
    expect(recorded.logText()).toContain(`via ${authSmtp.host}:${authSmtp.port} (from secret smtp-url)`);
    expect(recorded.logText()).not.toContain(SMTP_PASSWORD);
  });

  it("fails on a wrong password without quoting it", async () => {
    const params = emailParams({ smtp: { host: authSmtp.host, port: authSmtp.port, secure: false, username: "rewind", password: { secret: "smtp-password" } } });
    const before = authSmtp.received.length;
    const failure = await failureOf(notifyExecutor.execute(params, recordedActionContext({ variables, secrets: { "smtp-password": "wrong-password-1" } }).context));
    expect(failure.message).toMatch(/^The email could not be sent via 127\.0\.0\.1:\d+ as rewind \(password from secret smtp-password\): Invalid login/);
    expect(failure.message).not.toContain("wrong-password-1");
    expect(authSmtp.offeredPasswords).toContain("wrong-password-1");
    expect(authSmtp.received).toHaveLength(before);
  });

  it("fails, retryable, when the SMTP server is unreachable", async () => {
    const params = emailParams({ smtp: { host: "127.0.0.1", port: await closedPort(), secure: false } });
    const failure = await failureOf(notifyExecutor.execute(params, recordedActionContext({ variables }).context));
    expect(failure.message).toMatch(/^The email could not be sent via 127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    expect(failure.options.retryable).toBe(true);
  });

  it("stops promptly when the step is cancelled while the server stays silent", async () => {
    // A TCP peer that accepts and never greets: nodemailer alone would wait 10 s for the greeting.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const connected = new Promise<void>((resolve) => silent.once("connection", () => resolve()));
    const controller = new AbortController();
    const params = emailParams({ smtp: { host: "127.0.0.1", port: (silent.address() as AddressInfo).port, secure: false } });
    const sending = notifyExecutor.execute(params, recordedActionContext({ variables, signal: controller.signal }).context);

    await connected;
    controller.abort();
    const failure = await failureOf(sending);
    expect(failure.message).toBe("The email was stopped before the SMTP server confirmed it (step timeout or cancel); it may have been sent");
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("refuses an smtpUrl secret that is not an SMTP URL, without quoting it", async () => {
    const failure = await failureOf(notifyExecutor.execute(emailParams({ smtpUrl: { secret: "smtp-url" } }), recordedActionContext({ variables, secrets: { "smtp-url": "https://user:pw-77@mail.example" } }).context));
    expect(failure.message).toBe("Secret smtp-url is not an SMTP URL (smtp://user:password@host:port or smtps://…)");
  });

  it("previews the rendered email without connecting", async () => {
    const received = openSmtp.received.length;
    const preview = await notifyExecutor.preview(emailParams({ smtp: { host: openSmtp.host, port: openSmtp.port, secure: false } }), recordedActionContext({ variables }).context);
    expect(preview.dryRun).toEqual({
      supported: false,
      wouldDo:
        'would send to oncall@homeverse.test, cto@homeverse.test: "[INC-42] Rolling back HomeVerse Checkout API" from rewind@homeverse.test, saying: Rewind is rolling back HomeVerse Checkout API.\n\nIncident: Checkout <500s> & timeouts — after 2.9.0',
    });
    expect(openSmtp.received).toHaveLength(received);
  });
});
