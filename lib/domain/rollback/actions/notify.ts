import { z } from "zod";
import { templateTextSchema } from "../render-template";
import { secretRefSchema } from "../secret-ref";

/**
 * Telling people: a chat message through an incoming webhook, or an email
 * over SMTP. The message text (and an email's subject) are templates with
 * the incident's variables.
 */

export const CHAT_FORMATS = ["slack", "plain"] as const;

const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2_000);

const chatWebhookChannelSchema = z.strictObject({
  kind: z.literal("chat_webhook"),
  /** Chat webhook URLs usually embed their token: prefer a secret reference. */
  url: z.union([httpUrlSchema, secretRefSchema]),
  /** slack: a Slack incoming-webhook JSON body `{ "text": … }` (also read by Mattermost, Rocket.Chat, Discord's /slack endpoint); plain: the text as a text/plain body. */
  format: z.enum(CHAT_FORMATS, { error: "must be slack or plain" }),
  /** Where the webhook posts, for people reading the plan and its previews ("#inc-checkout"). */
  label: z.string().trim().min(1).max(80).optional(),
});

const smtpServerSchema = z
  .strictObject({
    host: z.string().trim().min(1, "is required").max(253),
    port: z.number().int().min(1, "must be a port").max(65_535, "must be a port"),
    /** true: TLS from the first byte (usually port 465); false: plain, upgraded with STARTTLS when the server offers it. */
    secure: z.boolean(),
    username: z.string().min(1).max(320).optional(),
    password: secretRefSchema.optional(),
  })
  .refine((smtp) => smtp.password === undefined || smtp.username !== undefined, { path: ["password"], message: "needs a username" });

const emailChannelSchema = z
  .strictObject({
    kind: z.literal("email"),
    smtp: smtpServerSchema.optional(),
    /** The whole server in one secret: `smtps://user:password@smtp.example.com:465`. */
    smtpUrl: secretRefSchema.optional(),
    from: z.email("must be an email address"),
    to: z.array(z.email("must be an email address")).min(1, "must list at least one address").max(50, "must list at most 50 addresses"),
    subject: templateTextSchema(300).min(1, "is required"),
  })
  .superRefine((channel, context) => {
    if ((channel.smtp === undefined) === (channel.smtpUrl === undefined)) {
      context.addIssue({ code: "custom", path: ["smtp"], message: "give either smtp or smtpUrl" });
    }
  });

export const notifyParamsSchema = z.strictObject({
  channel: z.discriminatedUnion("kind", [chatWebhookChannelSchema, emailChannelSchema], { error: "must be a chat_webhook or email channel" }),
  /** The message (the email's body). */
  text: templateTextSchema(10_000).min(1, "is required"),
});
export type NotifyParams = z.infer<typeof notifyParamsSchema>;
export type ChatWebhookChannel = z.infer<typeof chatWebhookChannelSchema>;
export type EmailChannel = z.infer<typeof emailChannelSchema>;

/** "#inc-checkout", or the webhook's host, or its secret's name; never a secret value. */
export function describeChatDestination(channel: ChatWebhookChannel): string {
  if (channel.label) return channel.label;
  if (typeof channel.url !== "string") return `the chat webhook in secret ${channel.url.secret}`;
  return `the chat webhook at ${new URL(channel.url).host}`;
}

export function describeNotifyParams(params: NotifyParams): string {
  const { channel } = params;
  if (channel.kind === "chat_webhook") return `Post a ${channel.format === "slack" ? "Slack-style" : "plain text"} message to ${describeChatDestination(channel)}`;
  return `Email ${channel.to.join(", ")}: "${channel.subject}"`;
}
