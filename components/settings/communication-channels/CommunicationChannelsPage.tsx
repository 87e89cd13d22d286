"use client";

import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { useCreateCommunicationChannelMutation } from "@/lib/client/mutations/communications";
import { useCommunicationChannelsQuery } from "@/lib/client/queries/communications";
import { RegistryPanel } from "../RegistryPanel";
import { ChannelCard } from "./ChannelCard";
import { ChannelForm } from "./ChannelForm";
import { newChannelDraft } from "./channel-draft";

/** Where incident messages can be sent: added here by admins, picked on incident pages by responders. */
export function CommunicationChannelsPage() {
  const query = useCommunicationChannelsQuery();
  const create = useCreateCommunicationChannelMutation();

  return (
    <>
      <PageHeader
        title="Communications"
        description="The channels responders send incident messages through: a Slack-compatible chat webhook, email over SMTP, or a status page webhook. Webhook URLs and passwords are secrets, referenced by name."
      />
      <RegistryPanel
        id="communication-channels"
        title="Channels"
        addLabel="Add a channel"
        loadingLabel="Loading the channels…"
        list={{ ...query, items: query.data?.channels }}
        empty={{
          title: "No channels yet",
          description: (
            <>
              First store the webhook URL or SMTP password under{" "}
              <Link href="/settings/secrets" className="font-medium text-indigo-800 underline dark:text-indigo-300">
                Settings → Secrets
              </Link>
              , then add a channel that names it. Until then, responders can still copy messages from the incident page.
            </>
          ),
        }}
        renderAddForm={(close) => (
          <ChannelForm
            label="Add a channel"
            initial={newChannelDraft()}
            submitLabel="Add channel"
            pending={create.isPending}
            onSubmit={(body, onError) => create.mutate(body, { onSuccess: close, onError })}
            onCancel={() => {
              create.reset();
              close();
            }}
          />
        )}
        renderItem={(channel) => <ChannelCard key={channel.id} channel={channel} />}
      />
    </>
  );
}
