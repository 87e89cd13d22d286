import "server-only";
import { type ChatWebhookChannel, describeChatDestination } from "@/lib/domain/rollback/actions/notify";
import { isSecretRef } from "@/lib/domain/rollback/secret-ref";
import type { ActionContext, ActionResult } from "./action-executor";
import { renderForRequest, sendHttpRequest } from "./http-send";

/** Slack's mrkdwn control characters; escaped in variable values only, so a plan's own `<url|link>` still works. */
function escapeSlack(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The message as it will be posted: for Slack, an incident title like "a < b" stays literal text. */
export function renderChatText(channel: ChatWebhookChannel, template: string, variables: Record<string, string>): string {
  const values = channel.format === "slack" ? Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, escapeSlack(value)])) : variables;
  return renderForRequest("message", template, values);
}

/** How failures name the webhook: "The chat webhook for #inc-checkout", "The chat webhook in secret slack-incidents". */
function webhookName(channel: ChatWebhookChannel): string {
  const name = channel.label ? `the chat webhook for ${channel.label}` : describeChatDestination(channel);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Posts the message to a chat incoming webhook: Slack's `{ "text": … }` JSON, or the bare text. */
export async function postChatMessage(channel: ChatWebhookChannel, template: string, context: ActionContext): Promise<ActionResult> {
  const text = renderChatText(channel, template, context.variables);
  const url = await context.secrets.resolve(channel.url);
  // A webhook URL embeds its token: when it comes from a secret, it is never shown.
  const secretValues = isSecretRef(channel.url) ? [url] : [];
  const destination = describeChatDestination(channel);
  context.log(`Posting a ${text.length}-character ${channel.format} message to ${destination}`);
  const sent = await sendHttpRequest(
    {
      method: "POST",
      url,
      headers: {
        "content-type": channel.format === "slack" ? "application/json" : "text/plain; charset=utf-8",
        "user-agent": "Rewind rollback",
        "idempotency-key": context.idempotencyKey,
      },
      body: channel.format === "slack" ? JSON.stringify({ text }) : text,
    },
    { signal: context.signal, isExpected: (status) => status >= 200 && status < 300, expectedText: "2xx", secretValues, displayTarget: webhookName(channel) },
  );
  context.log(`${destination} accepted the message (HTTP ${sent.status} in ${sent.latencyMs} ms)`);
  return {
    summary: `Posted to ${destination}`,
    details: { destination, format: channel.format, status: sent.status, latencyMs: sent.latencyMs, text },
  };
}
