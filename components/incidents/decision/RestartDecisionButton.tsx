"use client";

import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useStartDecisionMutation } from "@/lib/client/mutations/useStartDecisionMutation";
import { isConflict, reportErrorsTo, type DecisionActions } from "./decision-actions";

/**
 * Sets the recommendation aside and starts the questions again (POST with
 * `restart`). No confirmation: answering again takes seconds, and the
 * timeline keeps the abandoned decision.
 */
export function RestartDecisionButton({ incidentRef, actions }: { incidentRef: string; actions: DecisionActions }) {
  const mutation = useStartDecisionMutation(incidentRef);

  function restart() {
    actions.begin();
    mutation.mutate({ restart: true }, reportErrorsTo(actions, "Someone changed the decision first — showing the current state"));
  }

  return (
    <div className="mt-5 flex flex-col items-start gap-2">
      <Button variant="secondary" pending={mutation.isPending} pendingLabel="Restarting…" onClick={restart}>
        Restart decision
      </Button>
      {mutation.isError && !isConflict(mutation.error) && <ErrorAlert error={mutation.error} />}
    </div>
  );
}
