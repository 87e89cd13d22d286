"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { useRunCommandMutation } from "@/lib/client/mutations/useRollbackRunMutations";
import type { RollbackRun, RollbackStep } from "@/lib/client/schemas/rollback-runs";

/** What the current step needs from a commander, right under it. */
export function StepDecision({ run, step }: { run: RollbackRun; step: RollbackStep }) {
  const command = useRunCommandMutation(run.id);
  const [typed, setTyped] = useState("");
  const [note, setNote] = useState("");
  const [skipping, setSkipping] = useState(false);
  const [skipReason, setSkipReason] = useState("");
  const allowed = new Set(run.allowedCommands);
  const position = step.position;
  if (![...allowed].some((name) => name.endsWith("_step")) && !allowed.has("abort")) return null;

  return (
    <div className="mt-3 flex flex-col gap-3">
      {step.status === "awaiting_confirmation" && (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            command.mutate({ command: "confirm_step", position, typed });
          }}
        >
          <Alert tone="warning" title={step.pointOfNoReturn ? "Point of no return" : "This step is destructive"}>
            {step.warning ?? (step.pointOfNoReturn ? "After this step the rollback cannot be undone by Rewind." : "It changes data or state that cannot simply be restored.")}
          </Alert>
          <TextField label={`Type ${run.service.slug} to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          <div>
            <Button type="submit" variant="danger" disabled={typed.trim() !== run.service.slug} pending={command.isPending} pendingLabel="Confirming…">
              Confirm and run step {position + 1}
            </Button>
          </div>
        </form>
      )}
      {step.status === "awaiting_approval" && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-800 dark:text-slate-200">A second commander must approve this step{step.confirmedBy ? ` (confirmed by ${step.confirmedBy})` : ""}.</p>
          <div>
            <Button variant="danger" onClick={() => command.mutate({ command: "approve_step", position })} pending={command.isPending} pendingLabel="Approving…">
              Approve step {position + 1}
            </Button>
          </div>
        </div>
      )}
      {step.status === "awaiting_operator" && (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            command.mutate({ command: "complete_manual_step", position, note: note.trim() || undefined });
          }}
        >
          <TextField label="What was done (optional note)" value={note} onChange={(event) => setNote(event.target.value)} />
          <div>
            <Button type="submit" pending={command.isPending} pendingLabel="Saving…">
              Mark step {position + 1} done
            </Button>
          </div>
        </form>
      )}
      {(step.status === "failed" || step.status === "outcome_unknown") && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => command.mutate({ command: "retry_step", position })} pending={command.isPending && command.variables?.command === "retry_step"} pendingLabel="Retrying…">
            Retry step
          </Button>
          <Button variant="secondary" onClick={() => command.mutate({ command: "abort", reason: `step ${position + 1} failed` })}>
            Abort rollback
          </Button>
          {allowed.has("start_emergency_recovery") && (
            <Button variant="danger" onClick={() => command.mutate({ command: "start_emergency_recovery", reason: `step ${position + 1} “${step.name}” failed` })}>
              Start emergency recovery
            </Button>
          )}
        </div>
      )}
      {allowed.has("skip_step") &&
        (skipping ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              command.mutate({ command: "skip_step", position, reason: skipReason }, { onSuccess: () => setSkipping(false) });
            }}
          >
            <TextField label="Why skip this step?" value={skipReason} onChange={(event) => setSkipReason(event.target.value)} required />
            <div className="flex gap-2">
              <Button type="submit" variant="secondary" disabled={!skipReason.trim()} pending={command.isPending} pendingLabel="Skipping…">
                Skip step {position + 1}
              </Button>
              <Button variant="ghost" onClick={() => setSkipping(false)}>
                Keep it
              </Button>
            </div>
          </form>
        ) : (
          <div>
            <Button variant="ghost" size="sm" onClick={() => setSkipping(true)}>
              Skip this step…
            </Button>
          </div>
        ))}
      {command.isError && <ErrorAlert error={command.error} />}
    </div>
  );
}
