import "server-only";
import { describeChatDestination, describeNotifyParams, type NotifyParams } from "@/lib/domain/rollback/actions/notify";
import type { ActionExecutor } from "./action-executor";
import { postChatMessage, renderChatText } from "./notify-chat";
import { renderEmail, sendEmail } from "./notify-email";

/** The "would send" record of a drill, with the message rendered as it would go out. */
function wouldSend(params: NotifyParams, variables: Record<string, string>): string {
  const { channel } = params;
  if (channel.kind === "chat_webhook") return `would send to ${describeChatDestination(channel)}: ${renderChatText(channel, params.text, variables)}`;
  const { subject, text } = renderEmail(channel, params.text, variables);
  return `would send to ${channel.to.join(", ")}: "${subject}" from ${channel.from}, saying: ${text}`;
}

export const notifyExecutor: ActionExecutor<NotifyParams> = {
  kind: "notify",

  // A message is an append: sent again, people read it twice. Chat posts carry
  // an Idempotency-Key header and emails a Message-ID fixed per step, which
  // some receivers de-duplicate on, but Rewind cannot rely on it.
  resumable: () => false,

  async preview(params, env) {
    return { description: describeNotifyParams(params), dryRun: { supported: false, wouldDo: wouldSend(params, env.variables) } };
  },

  execute(params, context) {
    return params.channel.kind === "chat_webhook" ? postChatMessage(params.channel, params.text, context) : sendEmail(params.channel, params.text, context);
  },
};
