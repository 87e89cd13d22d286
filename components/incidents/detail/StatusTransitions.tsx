"use client";

import { useCloseBlockedReason } from "@/components/post-mortems/useCloseBlockedReason";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { STATUS_LABELS } from "@/lib/client/incident-labels";
import { useTransitionIncidentMutation } from "@/lib/client/mutations/useTransitionIncidentMutation";
import type { Incident } from "@/lib/client/schemas/incidents";

/** One button per status the incident may move to next (the server's `allowedTransitions`). */
export function StatusTransitions({ incidentRef, incident }: { incidentRef: string; incident: Incident }) {
  const mutation = useTransitionIncidentMutation(incidentRef);
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409 ? mutation.error : null;
  const closeBlocked = useCloseBlockedReason(incidentRef, incident.allowedTransitions.includes("closed"));

  if (incident.allowedTransitions.length === 0) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">The incident is closed: its status cannot change any more.</p>;
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="Change status" className="flex flex-wrap gap-2">
        {incident.allowedTransitions.map((to) => (
          <Button
            key={to}
            variant={to === "resolved" || to === "closed" ? "primary" : "secondary"}
            size="sm"
            pending={mutation.isPending && mutation.variables?.to === to}
            pendingLabel="Saving…"
            disabled={mutation.isPending || (to === "closed" && closeBlocked !== null)}
            aria-describedby={to === "closed" && closeBlocked ? "close-blocked-reason" : undefined}
            onClick={() => mutation.mutate({ to, version: incident.version })}
          >
            Move to {STATUS_LABELS[to].toLowerCase()}
          </Button>
        ))}
      </div>
      {closeBlocked && (
        <p id="close-blocked-reason" className="text-sm text-slate-700 dark:text-slate-300">
          Closing: {closeBlocked}
        </p>
      )}
      {conflict ? (
        // Someone moved the incident first; the mutation refetched it, so the buttons above are current again.
        <Alert tone="warning" title={conflict.message}>
          {/* "allowed: …" names the legal next states; a stale version needs no more words than the title. */}
          {conflict.details
            .filter((problem) => problem.field !== "version")
            .map((problem) => (
              <p key={problem.message}>{problem.message}</p>
            ))}
          <p>Showing the current state.</p>
        </Alert>
      ) : (
        mutation.isError && <ErrorAlert error={mutation.error} />
      )}
    </div>
  );
}
