"use client";

import { useState } from "react";
import { EditDeleteButtons } from "../EditDeleteButtons";
import { ConfirmMutationDialog } from "@/components/ui/ConfirmMutationDialog";
import { CopyButton } from "@/components/ui/CopyButton";
import { formatDateTime } from "@/lib/client/format";
import { useDeleteRunbookScriptMutation, useUpdateRunbookScriptMutation } from "@/lib/client/mutations/runbook-scripts";
import type { RunbookScript } from "@/lib/client/queries/runbook-scripts";
import { RunbookScriptForm } from "./RunbookScriptForm";
import { draftFromScript } from "./script-draft";

const DT = "text-slate-600 dark:text-slate-400";
const DD = "min-w-0 text-slate-900 dark:text-slate-100";

/** One registered script as it will run, with its edit form and delete button. */
export function RunbookScriptCard({ script }: { script: RunbookScript }) {
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const update = useUpdateRunbookScriptMutation(script.id);
  const remove = useDeleteRunbookScriptMutation(script.id);
  const env = Object.entries(script.env);

  return (
    <li className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-sm font-semibold break-words text-slate-900 dark:text-white">{script.name}</h3>
      {script.description && <p className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">{script.description}</p>}
      {mode === "edit" ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <RunbookScriptForm
            // A 409 refetches the script: the form starts again from what is saved now.
            key={script.version}
            label={`Edit ${script.name}`}
            initial={draftFromScript(script)}
            submitLabel="Save script"
            pending={update.isPending}
            onSubmit={(body, onError) => update.mutate({ ...body, version: script.version }, { onSuccess: () => setMode("view"), onError })}
            onCancel={() => {
              update.reset();
              setMode("view");
            }}
          />
        </div>
      ) : (
        <>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className={DT}>Runs</dt>
            <dd className={DD}>
              <ol aria-label={`Arguments of ${script.name}`} className="flex flex-wrap gap-1">
                {script.argv.map((arg, index) => (
                  <li key={index}>
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all dark:bg-slate-800">{arg}</code>
                  </li>
                ))}
              </ol>
            </dd>
            <dt className={DT}>In</dt>
            <dd className={`${DD} font-mono text-xs leading-5 break-all`}>{script.workingDirectory}</dd>
            <dt className={DT}>Environment</dt>
            <dd className={DD}>
              {env.length === 0 ? (
                "None"
              ) : (
                <ul className="flex flex-col gap-0.5">
                  {env.map(([name, value]) => (
                    <li key={name} className="font-mono text-xs break-all">
                      {name} = {typeof value === "string" ? value : <span className="font-sans text-slate-700 dark:text-slate-300">secret “{value.secret}”</span>}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className={DT}>Timeout</dt>
            <dd className={DD}>{script.timeoutSeconds} s</dd>
            <dt className={DT}>Id</dt>
            <dd className={`${DD} flex flex-wrap items-center gap-2`}>
              <code className="font-mono text-xs break-all">{script.id}</code>
              <CopyButton value={script.id} label="Copy id" />
            </dd>
            <dt className={DT}>Updated</dt>
            <dd className={DD}>
              <time dateTime={script.updatedAt}>{formatDateTime(script.updatedAt)}</time>
            </dd>
          </dl>
          <EditDeleteButtons name={script.name} onEdit={() => setMode("edit")} onDelete={() => setMode("delete")} />
        </>
      )}
      {mode === "delete" && (
        <ConfirmMutationDialog
          title={`Delete the script “${script.name}”?`}
          confirmLabel="Delete script"
          pendingLabel="Deleting…"
          mutation={remove}
          onClose={() => setMode("view")}
        >
          <p>Plan steps can no longer run it. Rewind refuses while a rollback plan still uses it, and names those plans.</p>
        </ConfirmMutationDialog>
      )}
    </li>
  );
}
