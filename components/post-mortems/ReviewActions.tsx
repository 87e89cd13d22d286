"use client";

import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useMovePostMortemMutation } from "@/lib/client/mutations/post-mortems";
import type { PostMortem } from "@/lib/client/schemas/post-mortems";
import { can, type Role } from "@/lib/domain/permissions";
import { allowedReviewMoves, type PostMortemStatus, type ReviewAuthority } from "@/lib/domain/post-mortems/review-state";

const MOVE_LABELS: Record<PostMortemStatus, Partial<Record<PostMortemStatus, string>>> = {
  draft: { in_review: "Send for review" },
  in_review: { published: "Publish", draft: "Back to draft" },
  published: { draft: "Reopen as draft" },
};

export function authoritiesOf(role: Role): ReviewAuthority[] {
  return [...(can(role, "postmortems.review") ? (["review"] as const) : []), ...(can(role, "postmortems.reopen") ? (["reopen"] as const) : [])];
}

/** The review moves this person may make now; none for responders and viewers. */
export function ReviewActions({ incidentRef, postMortem, role, blocked }: { incidentRef: string; postMortem: PostMortem; role: Role; blocked: string | null }) {
  const mutation = useMovePostMortemMutation(incidentRef);
  const moves = allowedReviewMoves(postMortem.status, authoritiesOf(role));
  if (moves.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label="Review" className="flex flex-wrap items-center gap-2">
        {moves.map((to) => (
          <Button
            key={to}
            size="sm"
            variant={to === "draft" ? "secondary" : "primary"}
            disabled={mutation.isPending || blocked !== null}
            pending={mutation.isPending && mutation.variables?.to === to}
            pendingLabel="Saving…"
            onClick={() => mutation.mutate({ to, version: postMortem.version })}
          >
            {MOVE_LABELS[postMortem.status][to]}
          </Button>
        ))}
        {blocked && <span className="text-sm text-amber-800 dark:text-amber-300">{blocked}</span>}
      </div>
      {mutation.isError && <ErrorAlert error={mutation.error} />}
    </div>
  );
}
