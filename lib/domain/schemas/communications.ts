import { z } from "zod";
import { chatWebhookConfigSchema, emailConfigSchema, statusWebhookConfigSchema } from "../communications/channel-config";
import { COMMUNICATION_TEMPLATE_KEYS } from "../communications/communication-templates";

const channelName = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");

/** One variant per kind, so a config is checked against its own kind's fields. */
function channelVariants<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.discriminatedUnion(
    "kind",
    [
      z.strictObject({ name: channelName, enabled: z.boolean().default(true), kind: z.literal("chat_webhook"), config: chatWebhookConfigSchema, ...extra }),
      z.strictObject({ name: channelName, enabled: z.boolean().default(true), kind: z.literal("email"), config: emailConfigSchema, ...extra }),
      z.strictObject({ name: channelName, enabled: z.boolean().default(true), kind: z.literal("status_webhook"), config: statusWebhookConfigSchema, ...extra }),
    ],
    { error: "must be chat_webhook, email or status_webhook" },
  );
}

export const createCommunicationChannelSchema = channelVariants({});
/** A full replacement at the version the form was filled from; a stale one answers 409. */
export const updateCommunicationChannelSchema = channelVariants({ version: z.number().int().min(1) });
export const communicationChannelIdParamsSchema = z.object({ channelId: z.uuid("must be a channel id") });

export const communicationTemplateKeySchema = z.enum(COMMUNICATION_TEMPLATE_KEYS, { error: `must be one of ${COMMUNICATION_TEMPLATE_KEYS.join(", ")}` });

export const previewMessageQuerySchema = z.object({ template: communicationTemplateKeySchema });

export const sendMessageSchema = z.strictObject({
  templateKey: communicationTemplateKeySchema,
  channelId: z.uuid("must be a channel id"),
  subject: z.string().trim().max(300, "must be at most 300 characters").optional(),
  body: z.string().trim().min(1, "is required").max(20_000, "must be at most 20000 characters"),
});

export type CreateCommunicationChannelInput = z.infer<typeof createCommunicationChannelSchema>;
export type UpdateCommunicationChannelInput = z.infer<typeof updateCommunicationChannelSchema>;
export type SendMessageInput = z.infer<typeof sendMessageSchema>;
