import type { CommunicationChannelBody } from "@/lib/client/mutations/communications";
import type { CommunicationChannel } from "@/lib/client/queries/communications";
import type { CommunicationChannelKind } from "@/lib/domain/communications/channel-config";

/** The form's fields as typed, for every kind at once, so switching kind loses nothing. */
export type ChannelDraft = {
  name: string;
  kind: CommunicationChannelKind;
  enabled: boolean;
  urlSecret: string;
  format: "slack" | "plain";
  authorizationSecret: string;
  host: string;
  port: string;
  secure: boolean;
  username: string;
  passwordSecret: string;
  from: string;
  /** Comma or newline separated. */
  to: string;
};

export function newChannelDraft(): ChannelDraft {
  return { name: "", kind: "chat_webhook", enabled: true, urlSecret: "", format: "slack", authorizationSecret: "", host: "", port: "587", secure: false, username: "", passwordSecret: "", from: "", to: "" };
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const secretName = (value: unknown) => (value && typeof value === "object" && "secret" in value ? text(value.secret) : "");

export function draftFromChannel(channel: CommunicationChannel): ChannelDraft {
  const config = channel.config;
  return {
    ...newChannelDraft(),
    name: channel.name,
    kind: channel.kind,
    enabled: channel.enabled,
    urlSecret: secretName(config.url),
    format: config.format === "plain" ? "plain" : "slack",
    authorizationSecret: secretName(config.authorization),
    host: text(config.host),
    port: typeof config.port === "number" ? String(config.port) : "587",
    secure: config.secure === true,
    username: text(config.username),
    passwordSecret: secretName(config.password),
    from: text(config.from),
    to: Array.isArray(config.to) ? config.to.filter((address) => typeof address === "string").join(", ") : "",
  };
}

const ref = (name: string) => ({ secret: name.trim() });

/** Only the chosen kind's fields; the server names any bad one. */
export function bodyFromDraft(draft: ChannelDraft): CommunicationChannelBody {
  const common = { name: draft.name, kind: draft.kind, enabled: draft.enabled };
  switch (draft.kind) {
    case "chat_webhook":
      return { ...common, config: { url: ref(draft.urlSecret), format: draft.format } };
    case "status_webhook":
      return { ...common, config: { url: ref(draft.urlSecret), ...(draft.authorizationSecret.trim() ? { authorization: ref(draft.authorizationSecret) } : {}) } };
    case "email":
      return {
        ...common,
        config: {
          host: draft.host,
          port: draft.port.trim() === "" ? undefined : Number(draft.port),
          secure: draft.secure,
          ...(draft.username.trim() ? { username: draft.username.trim() } : {}),
          ...(draft.passwordSecret.trim() ? { password: ref(draft.passwordSecret) } : {}),
          from: draft.from.trim(),
          to: draft.to
            .split(/[,\n]/)
            .map((address) => address.trim())
            .filter(Boolean),
        },
      };
  }
}
