import "server-only";
import type { ChannelSettings } from "@/lib/domain/communications/channel-config";
import { channelSecretNames, describeChannel } from "@/lib/domain/communications/channel-config";
import type { CommunicationChannelRow } from "../queries/communication-channels";
import type { CommunicationMessageRow } from "../queries/communication-messages";

export function channelSettingsOf(row: Pick<CommunicationChannelRow, "kind" | "config">): ChannelSettings {
  return { kind: row.kind, config: row.config } as ChannelSettings;
}

/** Configs hold secret names only (validated on save), so the whole config can be shown; values never leave the Secret table. */
export function toCommunicationChannelDto(row: CommunicationChannelRow) {
  const settings = channelSettingsOf(row);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    config: row.config,
    description: describeChannel(settings),
    secretNames: channelSecretNames(settings),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type CommunicationChannelDto = ReturnType<typeof toCommunicationChannelDto>;

export function toCommunicationMessageDto(row: CommunicationMessageRow) {
  return {
    id: row.id,
    incidentId: row.incidentId,
    channelId: row.channelId,
    channelName: row.channelName,
    channelKind: row.channelKind,
    templateKey: row.templateKey,
    subject: row.subject,
    body: row.body,
    status: row.status,
    error: row.error,
    sentBy: { id: row.sentById, name: row.sentByName },
    sentAt: row.sentAt.toISOString(),
  };
}

export type CommunicationMessageDto = ReturnType<typeof toCommunicationMessageDto>;
