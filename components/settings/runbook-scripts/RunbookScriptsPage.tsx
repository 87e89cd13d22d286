"use client";

import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { Panel } from "@/components/incidents/detail/Panel";
import { useCreateRunbookScriptMutation } from "@/lib/client/mutations/runbook-scripts";
import { useRunbookScriptsQuery } from "@/lib/client/queries/runbook-scripts";
import { RunbookScriptCard } from "./RunbookScriptCard";
import { RunbookScriptForm } from "./RunbookScriptForm";
import { newScriptDraft } from "./script-draft";

/** The commands rollback steps may run: registered here by admins, picked by id in plans. */
export function RunbookScriptsPage() {
  const query = useRunbookScriptsQuery();
  const create = useCreateRunbookScriptMutation();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title="Runbook scripts"
        description="The commands a rollback plan's “Runbook script” steps can run. Each is a fixed list of arguments, run without a shell in a fixed directory, with a fixed environment and timeout; plans only pick a script, so nobody writes a command line into a plan."
      />
      <Panel
        id="runbook-scripts"
        title="Registered scripts"
        actions={
          !adding && (
            <Button size="sm" onClick={() => setAdding(true)}>
              Register a script
            </Button>
          )
        }
      >
        {adding && (
          <div className="mb-4 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">
            <RunbookScriptForm
              label="Register a script"
              initial={newScriptDraft()}
              submitLabel="Register script"
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
          <LoadingState label="Loading the scripts…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.scripts.length === 0 ? (
          !adding && (
            <EmptyState
              title="No runbook scripts yet"
              description="Register the scripts your runbooks already use (flush a cache, restart workers, run a migration down), so plans can run them as steps."
            />
          )
        ) : (
          <ul className="flex flex-col gap-3">
            {query.data.scripts.map((script) => (
              <RunbookScriptCard key={script.id} script={script} />
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
