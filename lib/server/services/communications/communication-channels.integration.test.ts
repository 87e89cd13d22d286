import { describe, expect, it } from "vitest";
import { DELETE as deleteChannelRoute, PUT as updateChannelRoute } from "@/app/api/v1/communication-channels/[channelId]/route";
import { GET as listChannelsRoute, POST as createChannelRoute } from "@/app/api/v1/communication-channels/route";
import { SYSTEM_ACTOR } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedToken } from "@/lib/testing/seed";
import { createSecret } from "../secrets/create-secret";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The real route handlers, called as Next.js calls them. */
async function call(handler: Handler, method: string, params: Record<string, string>, secret: string, body?: unknown) {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${secret}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await handler(new Request("http://rewind.test/api/v1/communication-channels", { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as Record<string, unknown> };
}

const WEBHOOK_URL = "https://hooks.slack.example.test/services/T000/B000/xoxb-token-9f1c2d";
const SMTP_PASSWORD = "smtp-password-e71a0c";

describe("communication channels", () => {
  it("are created, listed, replaced and deleted by admins, with audit rows, and never answer a secret's value", async () => {
    const admin = await seedToken("admin");
    await createSecret(SYSTEM_ACTOR, { name: "slack-incidents", value: WEBHOOK_URL }, null);
    await createSecret(SYSTEM_ACTOR, { name: "smtp-password", value: SMTP_PASSWORD }, null);

    const chat = await call(createChannelRoute, "POST", {}, admin.secret, { name: "#inc-checkout", kind: "chat_webhook", config: { url: { secret: "slack-incidents" } } });
    expect(chat.status).toBe(201);
    expect(chat.json.channel).toMatchObject({
      name: "#inc-checkout",
      kind: "chat_webhook",
      enabled: true,
      config: { url: { secret: "slack-incidents" }, format: "slack" },
      secretNames: ["slack-incidents"],
      description: "Slack-compatible chat webhook in secret slack-incidents",
      version: 1,
    });
    const email = await call(createChannelRoute, "POST", {}, admin.secret, {
      name: "Stakeholders",
      kind: "email",
      config: { host: "smtp.example.test", port: 587, username: "rewind", password: { secret: "smtp-password" }, from: "rewind@example.test", to: ["ops@example.test"] },
    });
    expect(email.status).toBe(201);

    const listed = await call(listChannelsRoute, "GET", {}, admin.secret);
    expect(listed.status).toBe(200);
    expect((listed.json.channels as { name: string }[]).map((channel) => channel.name)).toEqual(["#inc-checkout", "Stakeholders"]);
    for (const answer of [chat, email, listed]) {
      expect(answer.text).not.toContain("xoxb-token");
      expect(answer.text).not.toContain(SMTP_PASSWORD);
    }

    const channelId = (chat.json.channel as { id: string }).id;
    const replaced = await call(updateChannelRoute, "PUT", { channelId }, admin.secret, {
      name: "#inc-checkout",
      kind: "status_webhook",
      enabled: false,
      config: { url: { secret: "slack-incidents" } },
      version: 1,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.json.channel).toMatchObject({ kind: "status_webhook", enabled: false, version: 2 });

    const stale = await call(updateChannelRoute, "PUT", { channelId }, admin.secret, { name: "x", kind: "chat_webhook", config: { url: { secret: "slack-incidents" } }, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ current: { version: 2, kind: "status_webhook" } });

    expect((await call(deleteChannelRoute, "DELETE", { channelId }, admin.secret)).json).toEqual({ deleted: channelId });
    expect((await call(deleteChannelRoute, "DELETE", { channelId }, admin.secret)).status).toBe(404);

    const actions = (await db().auditEvent.findMany({ where: { targetId: channelId }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["communication_channel.created", "communication_channel.updated", "communication_channel.deleted"]);
  });

  it("refuse bad input with 400 naming each field, an unknown secret, an inline URL, and a duplicate name", async () => {
    const admin = await seedToken("admin");
    await createSecret(SYSTEM_ACTOR, { name: "status-hook", value: "https://status.example.test/hook?token=abc123" }, null);

    const inlineUrl = await call(createChannelRoute, "POST", {}, admin.secret, { name: "Inline", kind: "chat_webhook", config: { url: WEBHOOK_URL } });
    expect(inlineUrl.status).toBe(400);
    expect(inlineUrl.json.error).toMatchObject({ details: [{ field: "config.url" }] });

    const badEmail = await call(createChannelRoute, "POST", {}, admin.secret, { name: "Mail", kind: "email", config: { host: "", port: 70_000, from: "nope", to: [] } });
    expect(badEmail.status).toBe(400);
    expect((badEmail.json.error as { details: { field: string }[] }).details.map((problem) => problem.field).sort()).toEqual(["config.from", "config.host", "config.port", "config.to"]);

    const unknownKind = await call(createChannelRoute, "POST", {}, admin.secret, { name: "Pager", kind: "pager", config: {} });
    expect(unknownKind.status).toBe(400);

    const missingSecret = await call(createChannelRoute, "POST", {}, admin.secret, { name: "Status", kind: "status_webhook", config: { url: { secret: "status-hook" }, authorization: { secret: "nobody-made-this" } } });
    expect(missingSecret.status).toBe(400);
    expect(missingSecret.json.error).toMatchObject({ details: [{ field: "config.authorization.secret", message: expect.stringContaining("no secret named nobody-made-this") }] });

    expect((await call(createChannelRoute, "POST", {}, admin.secret, { name: "Status", kind: "status_webhook", config: { url: { secret: "status-hook" } } })).status).toBe(201);
    const duplicate = await call(createChannelRoute, "POST", {}, admin.secret, { name: "Status", kind: "status_webhook", config: { url: { secret: "status-hook" } } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error).toMatchObject({ details: [{ field: "name", message: "is taken" }] });
  });

  it("are managed by admins only; responders may list them to pick one, viewers may not", async () => {
    const [commander, responder, viewer] = await Promise.all([seedToken("commander"), seedToken("responder"), seedToken("viewer")]);
    const body = { name: "Nope", kind: "chat_webhook", config: { url: { secret: "slack-incidents" } } };
    expect((await call(createChannelRoute, "POST", {}, commander.secret, body)).status).toBe(403);
    expect((await call(listChannelsRoute, "GET", {}, responder.secret)).status).toBe(200);
    expect((await call(listChannelsRoute, "GET", {}, viewer.secret)).status).toBe(403);
  });
});
