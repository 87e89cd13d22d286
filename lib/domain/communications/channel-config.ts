import { z } from "zod";
import { secretRefSchema } from "../rollback/secret-ref";

/**
 * Where incident messages go. Webhook URLs embed their tokens, so a channel
 * only ever names the Secret that holds one (Settings → Secrets), as rollback
 * plans do; the value is decrypted at the moment a message is sent.
 */

export const COMMUNICATION_CHANNEL_KINDS = ["chat_webhook", "email", "status_webhook"] as const;
export type CommunicationChannelKind = (typeof COMMUNICATION_CHANNEL_KINDS)[number];

export const CHAT_WEBHOOK_FORMATS = ["slack", "plain"] as const;

/** slack: Slack's incoming-webhook JSON `{ "text": … }` (also Mattermost, Rocket.Chat, Discord's /slack); plain: the text as text/plain. */
export const chatWebhookConfigSchema = z.strictObject({
  url: secretRefSchema,
  format: z.enum(CHAT_WEBHOOK_FORMATS, { error: "must be slack or plain" }).default("slack"),
});

export const emailConfigSchema = z
  .strictObject({
    host: z.string().trim().min(1, "is required").max(253),
    port: z.number({ error: "must be a port number" }).int().min(1, "must be a port").max(65_535, "must be a port"),
    /** true: TLS from the first byte (usually port 465); false: STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    username: z.string().trim().min(1).max(320).optional(),
    password: secretRefSchema.optional(),
    from: z.email("must be an email address"),
    to: z.array(z.email("must be an email address")).min(1, "must list at least one address").max(50, "must list at most 50 addresses"),
  })
  .refine((config) => config.password === undefined || config.username !== undefined, { path: ["password"], message: "needs a username" });

/** POSTs `{ incident, status, title, message }`; `authorization` names a secret holding the whole header value ("OAuth …", "Bearer …"). */
export const statusWebhookConfigSchema = z.strictObject({
  url: secretRefSchema,
  authorization: secretRefSchema.optional(),
});

export type ChatWebhookConfig = z.infer<typeof chatWebhookConfigSchema>;
export type EmailConfig = z.infer<typeof emailConfigSchema>;
export type StatusWebhookConfig = z.infer<typeof statusWebhookConfigSchema>;

export type ChannelSettings =
  | { kind: "chat_webhook"; config: ChatWebhookConfig }
  | { kind: "email"; config: EmailConfig }
  | { kind: "status_webhook"; config: StatusWebhookConfig };

/** The names of the secrets a channel uses, so an admin sees which secret to create or rotate. */
export function channelSecretNames(settings: ChannelSettings): string[] {
  switch (settings.kind) {
    case "chat_webhook":
      return [settings.config.url.secret];
    case "email":
      return settings.config.password ? [settings.config.password.secret] : [];
    case "status_webhook":
      return [settings.config.url.secret, ...(settings.config.authorization ? [settings.config.authorization.secret] : [])];
  }
}

/** "Slack-compatible webhook in secret slack-incidents", "email to ops@example.com via smtp.example.com:587". */
export function describeChannel(settings: ChannelSettings): string {
  switch (settings.kind) {
    case "chat_webhook":
      return `${settings.config.format === "slack" ? "Slack-compatible" : "plain-text"} chat webhook in secret ${settings.config.url.secret}`;
    case "email":
      return `email to ${settings.config.to.join(", ")} via ${settings.config.host}:${settings.config.port}`;
    case "status_webhook":
      return `status page webhook in secret ${settings.config.url.secret}`;
  }
}
