"use client";

import { PageHeader } from "@/components/ui/PageHeader";
import { useCreateRunbookScriptMutation } from "@/lib/client/mutations/runbook-scripts";
import { useRunbookScriptsQuery } from "@/lib/client/queries/runbook-scripts";
import { RegistryPanel } from "../RegistryPanel";
import { RunbookScriptCard } from "./RunbookScriptCard";
import { RunbookScriptForm } from "./RunbookScriptForm";
import { newScriptDraft } from "./script-draft";

/** The commands rollback steps may run: registered here by admins, picked by id in plans. */
export function RunbookScriptsPage() {
  const query = useRunbookScriptsQuery();
  const create = useCreateRunbookScriptMutation();

  return (
    <>
      <PageHeader
        title="Runbook scripts"
        description="The commands a rollback plan's “Runbook script” steps can run. Each is a fixed list of arguments, run without a shell in a fixed directory, with a fixed environment and timeout; plans only pick a script, so nobody writes a command line into a plan."
      />
      <RegistryPanel
        id="runbook-scripts"
        title="Registered scripts"
        addLabel="Register a script"
        loadingLabel="Loading the scripts…"
        list={{ ...query, items: query.data?.scripts }}
        empty={{
          title: "No runbook scripts yet",
          description: "Register the scripts your runbooks already use (flush a cache, restart workers, run a migration down), so plans can run them as steps.",
        }}
        renderAddForm={(close) => (
          <RunbookScriptForm
            label="Register a script"
            initial={newScriptDraft()}
            submitLabel="Register script"
            pending={create.isPending}
            onSubmit={(body, onError) => create.mutate(body, { onSuccess: close, onError })}
            onCancel={() => {
              create.reset();
              close();
            }}
          />
        )}
        renderItem={(script) => <RunbookScriptCard key={script.id} script={script} />}
      />
    </>
  );
}
