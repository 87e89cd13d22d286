"use client";

import { useState } from "react";
import { ConfirmMutationDialog } from "@/components/ui/ConfirmMutationDialog";
import { Button } from "@/components/ui/Button";
import { formatDateTime } from "@/lib/client/format";
import { useDeleteSecretMutation } from "@/lib/client/mutations/secrets";
import type { Secret } from "@/lib/client/queries/secrets";
import { ReplaceSecretDialog } from "./ReplaceSecretDialog";

/** One secret: its name, what it is for and when it last changed; never its value. */
export function SecretRow({ secret, onReplaced }: { secret: Secret; onReplaced: (name: string) => void }) {
  const [open, setOpen] = useState<"replace" | "delete" | null>(null);
  const remove = useDeleteSecretMutation(secret.name);

  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-mono text-sm font-semibold break-all text-slate-900 dark:text-white">{secret.name}</p>
        {secret.description && <p className="text-sm break-words text-slate-700 dark:text-slate-300">{secret.description}</p>}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Updated <time dateTime={secret.updatedAt}>{formatDateTime(secret.updatedAt)}</time>
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setOpen("replace")}>
          Replace value<span className="sr-only"> of {secret.name}</span>
        </Button>
        <Button variant="danger" size="sm" onClick={() => setOpen("delete")}>
          Delete<span className="sr-only"> {secret.name}</span>
        </Button>
      </div>
      {open === "replace" && (
        <ReplaceSecretDialog
          secret={secret}
          onClose={(replaced) => {
            setOpen(null);
            if (replaced) onReplaced(secret.name);
          }}
        />
      )}
      {open === "delete" && (
        <ConfirmMutationDialog
          title={`Delete the secret “${secret.name}”?`}
          confirmLabel="Delete secret"
          pendingLabel="Deleting…"
          mutation={remove}
          onClose={() => setOpen(null)}
        >
          <p>Its value is erased for good. Rewind refuses while a rollback plan still uses it, and names those plans.</p>
        </ConfirmMutationDialog>
      )}
    </li>
  );
}
