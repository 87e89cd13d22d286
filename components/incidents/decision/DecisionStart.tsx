"use client";

import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useStartDecisionMutation } from "@/lib/client/mutations/useStartDecisionMutation";
import { isConflict, reportErrorsTo, type DecisionActions } from "./decision-actions";

type DecisionStartProps = {
  incidentRef: string;
  canCommand: boolean;
  /** True when an earlier decision was abandoned: starting again replaces it. */
  restart: boolean;
  actions: DecisionActions;
};

export function DecisionStart({ incidentRef, canCommand, restart, actions }: DecisionStartProps) {
  const mutation = useStartDecisionMutation(incidentRef);
  const intro = restart
    ? "The last guided decision was abandoned."
    : "A few questions, one at a time, lead to a recommendation: roll back, hotfix, or schedule a fix, with the matching matrix row.";

  if (!canCommand) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {intro} No decision is in progress: a commander starts it, and you will see each answer here as it is given.
      </p>
    );
  }

  function start() {
    actions.begin();
    mutation.mutate(restart ? { restart: true } : {}, reportErrorsTo(actions, "Someone started the decision first — showing the current state"));
  }

  return (
    <div className="flex flex-col items-start gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">{intro}</p>
      <Button pending={mutation.isPending} pendingLabel="Starting…" onClick={start}>
        Start the guided decision
      </Button>
      {mutation.isError && !isConflict(mutation.error) && <ErrorAlert error={mutation.error} />}
    </div>
  );
}
