"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useSendMessageMutation, type SendMessageBody } from "@/lib/client/mutations/communications";
import { useCommunicationChannelsQuery } from "@/lib/client/queries/communications";
import { CHANNEL_KIND_LABELS } from "./channel-kind-labels";

/** Pick an enabled channel and send; the answer says whether the peer took it. */
export function SendMessageForm({ incidentRef, message }: { incidentRef: string; message: Omit<SendMessageBody, "channelId"> }) {
  const channels = useCommunicationChannelsQuery();
  const send = useSendMessageMutation(incidentRef);
  const [chosen, setChosen] = useState("");

  if (channels.isPending) return null;
  if (channels.isLoadingError) return <QueryErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />;
  const enabled = channels.data.channels.filter((channel) => channel.enabled);
  if (enabled.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No channel to send through yet: copy the message, or ask an admin to add a chat, email or status page channel under{" "}
        <Link href="/settings/communications" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          Settings → Communications
        </Link>
        .
      </p>
    );
  }
  const channelId = enabled.some((channel) => channel.id === chosen) ? chosen : (enabled[0]?.id ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate({ ...message, channelId });
  }

  const result = send.data?.message;
  return (
    <form onSubmit={submit} className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-700" aria-label="Send the message">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <SelectField
            label="Channel"
            value={channelId}
            onChange={(event) => setChosen(event.target.value)}
            options={enabled.map((channel) => ({ value: channel.id, label: `${channel.name} (${CHANNEL_KIND_LABELS[channel.kind]})` }))}
          />
        </div>
        <Button type="submit" pending={send.isPending} pendingLabel="Sending…" disabled={!message.body.trim()}>
          Send
        </Button>
      </div>
      {send.isError && <ErrorAlert error={send.error} />}
      {result &&
        (result.status === "sent" ? (
          <Alert tone="success" title={`Sent to ${result.channelName}`}>
            <p>It is in the history and on the timeline.</p>
          </Alert>
        ) : (
          <Alert tone="error" title={`Sending to ${result.channelName} failed`}>
            <p className="break-words">{result.error}</p>
            <p className="mt-1">The attempt is recorded. Fix the channel or try another one.</p>
          </Alert>
        ))}
    </form>
  );
}
