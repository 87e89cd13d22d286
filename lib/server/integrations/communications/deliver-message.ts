import "server-only";
import type { ChannelSettings, ChatWebhookConfig, EmailConfig, StatusWebhookConfig } from "@/lib/domain/communications/channel-config";
import { ActionFailure, type ActionContext, type SecretResolver } from "../rollback/action-executor";
import { scrub, sendHttpRequest } from "../rollback/http-send";
import { postChatMessage } from "../rollback/notify-chat";
import { sendEmail } from "../rollback/notify-email";

/** A message as the person wrote it: sent verbatim, never rendered again. */
export type OutgoingMessage = {
  incidentKey: string;
  incidentStatus: string;
  incidentTitle: string;
  subject: string | null;
  body: string;
};

export type Delivery = { idempotencyKey: string; signal: AbortSignal; secrets: SecretResolver };

/** What a send did, for the history; never holds a secret value. */
export type DeliveryResult = { summary: string };

/**
 * The rollback notify senders render templates: the text goes in as the one
 * variable of a template that is only that variable, so whatever the person
 * typed (even "{{…}}") is sent as typed.
 */
const VERBATIM = "{{message}}";

function context(delivery: Delivery, variables: Record<string, string>): ActionContext {
  return {
    variables,
    secrets: delivery.secrets,
    idempotencyKey: delivery.idempotencyKey,
    signal: delivery.signal,
    // Sends from the incident page have no live log; the result and error are the record.
    log: () => {},
    sandboxBaseUrl: () => Promise.resolve(null),
    runbookScript: () => Promise.resolve(null),
  };
}

async function sendChat(config: ChatWebhookConfig, message: OutgoingMessage, delivery: Delivery): Promise<DeliveryResult> {
  const text = message.subject ? `${message.subject}\n\n${message.body}` : message.body;
  const result = await postChatMessage({ kind: "chat_webhook", url: config.url, format: config.format }, VERBATIM, context(delivery, { message: text }));
  return { summary: result.summary };
}

async function sendMail(config: EmailConfig, message: OutgoingMessage, delivery: Delivery): Promise<DeliveryResult> {
  const smtp = { host: config.host, port: config.port, secure: config.secure, username: config.username, password: config.password };
  const channel = { kind: "email" as const, smtp, from: config.from, to: config.to, subject: "{{subject}}" };
  const result = await sendEmail(channel, VERBATIM, context(delivery, { subject: message.subject ?? `${message.incidentKey}: ${message.incidentTitle}`, message: message.body }));
  return { summary: result.summary };
}

/** The status-page webhook body (docs/api.md, "Communications"). */
export function statusWebhookBody(message: OutgoingMessage) {
  return { incident: message.incidentKey, status: message.incidentStatus, title: message.subject ?? message.incidentTitle, message: message.body };
}

async function sendStatus(config: StatusWebhookConfig, message: OutgoingMessage, delivery: Delivery): Promise<DeliveryResult> {
  const url = await delivery.secrets.reveal(config.url);
  const authorization = config.authorization ? await delivery.secrets.reveal(config.authorization) : null;
  const target = `The status page webhook in secret ${config.url.secret}`;
  const sent = await sendHttpRequest(
    {
      method: "POST",
      url,
      headers: {
        "content-type": "application/json",
        "user-agent": "Rewind communications",
        "idempotency-key": delivery.idempotencyKey,
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(statusWebhookBody(message)),
    },
    { signal: delivery.signal, isExpected: (status) => status >= 200 && status < 300, expectedText: "2xx", secretValues: authorization ? [url, authorization] : [url], displayTarget: target },
  );
  return { summary: `Posted to the status page webhook in secret ${config.url.secret} (HTTP ${sent.status} in ${sent.latencyMs} ms)` };
}

/**
 * Remembers what it revealed. A webhook URL's token sits in its path, and a
 * peer that echoes only the path back would slip past scrubbing the whole URL.
 */
function recordingResolver(secrets: SecretResolver): { resolver: SecretResolver; revealed: string[] } {
  const revealed: string[] = [];
  const remember = (value: string) => {
    revealed.push(value);
    const url = URL.canParse(value) ? new URL(value) : null;
    if (url && `${url.pathname}${url.search}`.length >= 8) revealed.push(`${url.pathname}${url.search}`);
    return value;
  };
  return {
    revealed,
    resolver: {
      reveal: async (ref) => remember(await secrets.reveal(ref)),
      resolve: async (value) => (typeof value === "string" ? value : remember(await secrets.reveal(value))),
    },
  };
}

function sendThrough(settings: ChannelSettings, message: OutgoingMessage, delivery: Delivery): Promise<DeliveryResult> {
  switch (settings.kind) {
    case "chat_webhook":
      return sendChat(settings.config, message, delivery);
    case "email":
      return sendMail(settings.config, message, delivery);
    case "status_webhook":
      return sendStatus(settings.config, message, delivery);
  }
}

/**
 * Sends one message through a channel. Throws an ActionFailure whose message
 * is fit to show and keep (no secret values) when the peer refuses or cannot
 * be reached.
 */
export async function deliverMessage(settings: ChannelSettings, message: OutgoingMessage, delivery: Delivery): Promise<DeliveryResult> {
  const { resolver, revealed } = recordingResolver(delivery.secrets);
  try {
    return await sendThrough(settings, message, { ...delivery, secrets: resolver });
  } catch (error) {
    // A missing secret names it, never its value; anything a peer said is scrubbed once more.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ActionFailure(scrub(reason, revealed.sort((a, b) => b.length - a.length)));
  }
}
