import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import {
  communicationChannelPath,
  communicationChannelResponseSchema,
  communicationChannelsQueryKey,
  communicationMessageSchema,
  incidentMessagesPath,
  type CommunicationChannelsResponse,
  type CommunicationMessage,
} from "@/lib/client/queries/communications";
import type { CommunicationChannelKind } from "@/lib/domain/communications/channel-config";
import { writeIncidentMessage } from "@/lib/client/realtime/useLiveIncidentMessages";

/** What the channel form sends; the server checks each kind's config and names a bad field. */
export type CommunicationChannelBody = { name: string; kind: CommunicationChannelKind; enabled: boolean; config: Record<string, unknown> };

const deletedResponseSchema = z.object({ deleted: z.string() });

function refreshOnConflict(queryClient: QueryClient, error: unknown) {
  if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: communicationChannelsQueryKey });
}

export function useCreateCommunicationChannelMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationChannelBody) => apiFetch("/api/v1/communication-channels", communicationChannelResponseSchema, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationChannelsQueryKey }),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

export function useUpdateCommunicationChannelMutation(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationChannelBody & { version: number }) => apiFetch(communicationChannelPath(channelId), communicationChannelResponseSchema, { method: "PUT", body }),
    onSuccess: ({ channel }) =>
      queryClient.setQueryData<CommunicationChannelsResponse>(communicationChannelsQueryKey, (data) =>
        data ? { channels: data.channels.map((existing) => (existing.id === channel.id ? channel : existing)) } : data,
      ),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

export function useDeleteCommunicationChannelMutation(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(communicationChannelPath(channelId), deletedResponseSchema, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.setQueryData<CommunicationChannelsResponse>(communicationChannelsQueryKey, (data) => (data ? { channels: data.channels.filter((existing) => existing.id !== channelId) } : data)),
  });
}

export type SendMessageBody = { templateKey: string; channelId: string; subject?: string; body: string };

/** Answers the recorded message, sent or failed; the history shows it at once, whoever's push comes first. */
export function useSendMessageMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendMessageBody) => apiFetch(incidentMessagesPath(ref), z.object({ message: communicationMessageSchema }), { method: "POST", body }),
    onSuccess: ({ message }: { message: CommunicationMessage }) => writeIncidentMessage(queryClient, ref, message),
  });
}
