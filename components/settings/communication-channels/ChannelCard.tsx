"use client";

import { useState } from "react";
import { EditDeleteButtons } from "../EditDeleteButtons";
import { ConfirmMutationDialog } from "@/components/ui/ConfirmMutationDialog";
import { Badge } from "@/components/ui/Badge";
import { useDeleteCommunicationChannelMutation, useUpdateCommunicationChannelMutation } from "@/lib/client/mutations/communications";
import type { CommunicationChannel } from "@/lib/client/queries/communications";
import { ChannelForm } from "./ChannelForm";
import { draftFromChannel } from "./channel-draft";

/** One channel as messages will go out through it, with its edit form and delete button. */
export function ChannelCard({ channel }: { channel: CommunicationChannel }) {
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const update = useUpdateCommunicationChannelMutation(channel.id);
  const remove = useDeleteCommunicationChannelMutation(channel.id);

  return (
    <li className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold break-words text-slate-900 dark:text-white">{channel.name}</h3>
        {!channel.enabled && <Badge tone="warning">Disabled</Badge>}
      </div>
      {mode === "edit" ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <ChannelForm
            // A 409 refetches the channel: the form starts again from what is saved now.
            key={channel.version}
            label={`Edit ${channel.name}`}
            initial={draftFromChannel(channel)}
            submitLabel="Save channel"
            pending={update.isPending}
            onSubmit={(body, onError) => update.mutate({ ...body, version: channel.version }, { onSuccess: () => setMode("view"), onError })}
            onCancel={() => {
              update.reset();
              setMode("view");
            }}
          />
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">{channel.description}</p>
          {channel.secretNames.length > 0 && (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Secrets used: {channel.secretNames.join(", ")}</p>
          )}
          <EditDeleteButtons name={channel.name} onEdit={() => setMode("edit")} onDelete={() => setMode("delete")} />
        </>
      )}
      {mode === "delete" && (
        <ConfirmMutationDialog
          title={`Delete the channel “${channel.name}”?`}
          confirmLabel="Delete channel"
          pendingLabel="Deleting…"
          mutation={remove}
          onClose={() => setMode("view")}
        >
          <p>Messages already sent through it stay in each incident’s history under its name. Its secrets are kept.</p>
        </ConfirmMutationDialog>
      )}
    </li>
  );
}
