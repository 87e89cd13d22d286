"use client";

import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useRunCommandMutation } from "@/lib/client/mutations/useRollbackRunMutations";
import type { RollbackRun } from "@/lib/client/schemas/rollback-runs";

/** Run-level commands; each appears only when the server says it applies now. */
export function RunControls({ run }: { run: RollbackRun }) {
  const command = useRunCommandMutation(run.id);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const allowed = new Set(run.allowedCommands);
  const busy = (name: string) => command.isPending && command.variables?.command === name;
  if (!["pause", "resume", "cancel", "verify_again"].some((name) => allowed.has(name as never)) && !(allowed.has("start_emergency_recovery") && run.status !== "running")) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {allowed.has("pause") && (
          <Button variant="secondary" size="sm" onClick={() => command.mutate({ command: "pause" })} pending={busy("pause")} pendingLabel="Pausing…">
            Pause
          </Button>
        )}
        {allowed.has("resume") && (
          <Button size="sm" onClick={() => command.mutate({ command: "resume" })} pending={busy("resume")} pendingLabel="Resuming…">
            Resume
          </Button>
        )}
        {allowed.has("cancel") &&
          (confirmingCancel ? (
            <>
              <Button variant="danger" size="sm" onClick={() => command.mutate({ command: "cancel" }, { onSettled: () => setConfirmingCancel(false) })} pending={busy("cancel")} pendingLabel="Cancelling…">
                Yes, cancel the rollback
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirmingCancel(false)}>
                Keep running
              </Button>
            </>
          ) : (
            <Button variant="ghost" size="sm" onClick={() => setConfirmingCancel(true)}>
              Cancel…
            </Button>
          ))}
        {allowed.has("verify_again") && (
          <Button variant="secondary" size="sm" onClick={() => command.mutate({ command: "verify_again" })} pending={busy("verify_again")} pendingLabel="Verifying…">
            Verify again
          </Button>
        )}
        {allowed.has("start_emergency_recovery") && run.status !== "running" && run.status !== "waiting" && (
          <Button variant="danger" size="sm" onClick={() => command.mutate({ command: "start_emergency_recovery" })} pending={busy("start_emergency_recovery")} pendingLabel="Starting…">
            Start emergency recovery
          </Button>
        )}
      </div>
      {command.isError && <ErrorAlert error={command.error} />}
    </div>
  );
}
