"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import type { CommunicationChannelBody } from "@/lib/client/mutations/communications";
import { COMMUNICATION_CHANNEL_KINDS, type CommunicationChannelKind } from "@/lib/domain/communications/channel-config";
import { bodyFromDraft, type ChannelDraft } from "./channel-draft";

const KIND_OPTIONS: { value: CommunicationChannelKind; label: string }[] = [
  { value: "chat_webhook", label: "Chat webhook (Slack-compatible)" },
  { value: "email", label: "Email (SMTP)" },
  { value: "status_webhook", label: "Status page webhook" },
];

const FIELDS = ["name", "kind", "config.url", "config.url.secret", "config.format", "config.authorization.secret", "config.host", "config.port", "config.username", "config.password", "config.password.secret", "config.from", "config.to"];

type Props = {
  label: string;
  initial: ChannelDraft;
  submitLabel: string;
  pending: boolean;
  onSubmit: (body: CommunicationChannelBody, onError: (error: unknown) => void) => void;
  onCancel: () => void;
};

/** Add or replace a channel; URLs and passwords are named secrets, never typed here. */
export function ChannelForm({ label, initial, submitLabel, pending, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof ChannelDraft>(key: K, value: ChannelDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const fieldError = (...fields: string[]) => (error instanceof ApiError ? fields.map((field) => error.fieldError(field)).find(Boolean) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    onSubmit(bodyFromDraft(draft), setError);
  }

  const secretHint = "The name of a secret under Settings → Secrets.";
  return (
    <form onSubmit={submit} aria-label={label} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" value={draft.name} onChange={(event) => set("name", event.target.value)} error={fieldError("name")} required maxLength={80} hint="How people pick it: “#inc-checkout”, “Status page”." />
        <SelectField
          label="Kind"
          value={draft.kind}
          onChange={(event) => set("kind", (COMMUNICATION_CHANNEL_KINDS.find((kind) => kind === event.target.value) ?? "chat_webhook") as CommunicationChannelKind)}
          options={KIND_OPTIONS}
          error={fieldError("kind")}
        />
      </div>
      {draft.kind !== "email" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={draft.kind === "chat_webhook" ? "Secret holding the webhook URL" : "Secret holding the status page webhook URL"}
            value={draft.urlSecret}
            onChange={(event) => set("urlSecret", event.target.value)}
            error={fieldError("config.url.secret", "config.url")}
            hint={`${secretHint} Webhook URLs carry their token, so they are never stored in the channel.`}
            required
          />
          {draft.kind === "chat_webhook" ? (
            <SelectField
              label="Format"
              value={draft.format}
              onChange={(event) => set("format", event.target.value === "plain" ? "plain" : "slack")}
              options={[
                { value: "slack", label: "Slack JSON { text } (Slack, Mattermost, Rocket.Chat)" },
                { value: "plain", label: "Plain text body" },
              ]}
            />
          ) : (
            <TextField
              label="Secret holding the Authorization header"
              optional
              value={draft.authorizationSecret}
              onChange={(event) => set("authorizationSecret", event.target.value)}
              error={fieldError("config.authorization.secret")}
              hint={`${secretHint} Its whole value is sent, e.g. “OAuth …” or “Bearer …”.`}
            />
          )}
        </div>
      )}
      {draft.kind === "email" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="SMTP host" value={draft.host} onChange={(event) => set("host", event.target.value)} error={fieldError("config.host")} required />
          <TextField label="SMTP port" inputMode="numeric" value={draft.port} onChange={(event) => set("port", event.target.value)} error={fieldError("config.port")} required />
          <TextField label="Username" optional value={draft.username} onChange={(event) => set("username", event.target.value)} error={fieldError("config.username")} autoComplete="off" />
          <TextField label="Secret holding the password" optional value={draft.passwordSecret} onChange={(event) => set("passwordSecret", event.target.value)} error={fieldError("config.password.secret", "config.password")} hint={secretHint} />
          <TextField label="From" type="email" value={draft.from} onChange={(event) => set("from", event.target.value)} error={fieldError("config.from")} required />
          <TextField label="To" value={draft.to} onChange={(event) => set("to", event.target.value)} error={fieldError("config.to")} hint="Addresses separated by commas." required />
          <label className="flex items-center gap-2 text-sm text-slate-900 sm:col-span-2 dark:text-slate-100">
            <input type="checkbox" checked={draft.secure} onChange={(event) => set("secure", event.target.checked)} className="size-4" />
            TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it
          </label>
        </div>
      )}
      <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
        <input type="checkbox" checked={draft.enabled} onChange={(event) => set("enabled", event.target.checked)} className="size-4" />
        Enabled: offered on incident pages
      </label>
      {error !== null && <ErrorAlert error={error} fields={FIELDS} />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
