import type { CommunicationChannelKind } from "@/lib/domain/communications/channel-config";

export const CHANNEL_KIND_LABELS: Record<CommunicationChannelKind, string> = {
  chat_webhook: "chat webhook",
  email: "email",
  status_webhook: "status page webhook",
};
