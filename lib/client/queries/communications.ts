import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentPath, incidentQueryKey } from "@/lib/client/queries/incident-query-keys";
import { COMMUNICATION_CHANNEL_KINDS } from "@/lib/domain/communications/channel-config";
import type { CommunicationTemplateKey } from "@/lib/domain/communications/communication-templates";

export const communicationChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(COMMUNICATION_CHANNEL_KINDS),
  enabled: z.boolean(),
  /** Secret names only: values never leave the server. */
  config: z.record(z.string(), z.unknown()),
  description: z.string(),
  secretNames: z.array(z.string()),
  version: z.number(),
  updatedAt: z.string(),
});
export type CommunicationChannel = z.infer<typeof communicationChannelSchema>;

export const communicationChannelsResponseSchema = z.object({ channels: z.array(communicationChannelSchema) });
export type CommunicationChannelsResponse = z.infer<typeof communicationChannelsResponseSchema>;
export const communicationChannelResponseSchema = z.object({ channel: communicationChannelSchema });

export const communicationMessageSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  channelId: z.string().nullable(),
  channelName: z.string(),
  channelKind: z.enum(COMMUNICATION_CHANNEL_KINDS),
  templateKey: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(["sent", "failed"]),
  error: z.string().nullable(),
  sentBy: z.object({ id: z.string().nullable(), name: z.string() }),
  sentAt: z.string(),
});
export type CommunicationMessage = z.infer<typeof communicationMessageSchema>;

const templateSummarySchema = z.object({ key: z.string(), name: z.string(), audience: z.enum(["external", "internal", "log"]), description: z.string() });

export const incidentMessagesResponseSchema = z.object({ messages: z.array(communicationMessageSchema), templates: z.array(templateSummarySchema) });
export type IncidentMessagesResponse = z.infer<typeof incidentMessagesResponseSchema>;

const previewResponseSchema = z.object({
  preview: z.object({
    template: templateSummarySchema,
    subject: z.string().nullable(),
    body: z.string(),
    missing: z.array(z.object({ name: z.string(), label: z.string() })),
  }),
});
export type MessagePreview = z.infer<typeof previewResponseSchema>["preview"];

export const communicationChannelsQueryKey = ["communication-channels"] as const;
export const incidentMessagesQueryKey = (ref: string) => [...incidentQueryKey(ref), "messages"] as const;
const previewQueryKey = (ref: string, template: string) => [...incidentQueryKey(ref), "messages", "preview", template] as const;

export const communicationChannelPath = (channelId: string) => `/api/v1/communication-channels/${encodeURIComponent(channelId)}`;
export const incidentMessagesPath = (ref: string) => `${incidentPath(ref)}/messages`;

/** Every channel: admins manage them, responders pick one to send through. */
export function useCommunicationChannelsQuery(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: communicationChannelsQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/communication-channels", communicationChannelsResponseSchema, { signal }),
    enabled: options.enabled,
  });
}

export function useIncidentMessagesQuery(ref: string) {
  return useQuery({ queryKey: incidentMessagesQueryKey(ref), queryFn: ({ signal }) => apiFetch(incidentMessagesPath(ref), incidentMessagesResponseSchema, { signal }) });
}

/** The template filled with the incident's variables as they are now. */
export function useMessagePreviewQuery(ref: string, template: CommunicationTemplateKey) {
  return useQuery({
    queryKey: previewQueryKey(ref, template),
    queryFn: ({ signal }) => apiFetch(`${incidentMessagesPath(ref)}/preview?template=${encodeURIComponent(template)}`, previewResponseSchema, { signal }),
    // A draft being edited must not be replaced by a background refetch.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
