"use client";

import Link from "next/link";
import { useState } from "react";
import { Panel } from "@/components/incidents/detail/Panel";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useCreateCommunicationChannelMutation } from "@/lib/client/mutations/communications";
import { useCommunicationChannelsQuery } from "@/lib/client/queries/communications";
import { ChannelCard } from "./ChannelCard";
import { ChannelForm } from "./ChannelForm";
import { newChannelDraft } from "./channel-draft";

/** Where incident messages can be sent: added here by admins, picked on incident pages by responders. */
export function CommunicationChannelsPage() {
  const query = useCommunicationChannelsQuery();
  const create = useCreateCommunicationChannelMutation();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title="Communications"
        description="The channels responders send incident messages through: a Slack-compatible chat webhook, email over SMTP, or a status page webhook. Webhook URLs and passwords are secrets, referenced by name."
      />
      <Panel
        id="communication-channels"
        title="Channels"
        actions={
          !adding && (
            <Button size="sm" onClick={() => setAdding(true)}>
              Add a channel
            </Button>
          )
        }
      >
        {adding && (
          <div className="mb-4 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">
            <ChannelForm
              label="Add a channel"
              initial={newChannelDraft()}
              submitLabel="Add channel"
              pending={create.isPending}
              onSubmit={(body, onError) => create.mutate(body, { onSuccess: () => setAdding(false), onError })}
              onCancel={() => {
                create.reset();
                setAdding(false);
              }}
            />
          </div>
        )}
        {query.isPending ? (
          <LoadingState label="Loading the channels…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.channels.length === 0 ? (
          !adding && (
            <EmptyState
              title="No channels yet"
              description={
                <>
                  First store the webhook URL or SMTP password under{" "}
                  <Link href="/settings/secrets" className="font-medium text-indigo-800 underline dark:text-indigo-300">
                    Settings → Secrets
                  </Link>
                  , then add a channel that names it. Until then, responders can still copy messages from the incident page.
                </>
              }
            />
          )
        ) : (
          <ul className="flex flex-col gap-3">
            {query.data.channels.map((channel) => (
              <ChannelCard key={channel.id} channel={channel} />
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
