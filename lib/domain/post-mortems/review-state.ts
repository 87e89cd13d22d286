/**
 * A post-mortem's review states: draft → in_review → published. A reviewer
 * may send a post-mortem in review back to draft. Published is final for
 * everyone but an admin, who may reopen it as a draft (a published document
 * found to be wrong is corrected, not left standing); the incident keeps its
 * status either way. The text is edited in draft only, so what a reviewer
 * approves is what gets published. Action items stay editable in every
 * state: they are tracked until done, long after publishing.
 */
export const POST_MORTEM_STATUSES = ["draft", "in_review", "published"] as const;
export type PostMortemStatus = (typeof POST_MORTEM_STATUSES)[number];

export const POST_MORTEM_STATUS_LABELS: Record<PostMortemStatus, string> = { draft: "Draft", in_review: "In review", published: "Published" };

/** Who may make a move: reviewers are commanders and up, reopening is for admins. */
export type ReviewAuthority = "review" | "reopen";

const MOVES: Record<PostMortemStatus, readonly { to: PostMortemStatus; needs: ReviewAuthority }[]> = {
  draft: [{ to: "in_review", needs: "review" }],
  in_review: [
    { to: "published", needs: "review" },
    { to: "draft", needs: "review" },
  ],
  published: [{ to: "draft", needs: "reopen" }],
};

export function allowedReviewMoves(from: PostMortemStatus, authorities: readonly ReviewAuthority[]): PostMortemStatus[] {
  return MOVES[from].filter((move) => authorities.includes(move.needs)).map((move) => move.to);
}

/** The authority a move needs, or null when the move does not exist at all. */
export function authorityForMove(from: PostMortemStatus, to: PostMortemStatus): ReviewAuthority | null {
  return MOVES[from].find((move) => move.to === to)?.needs ?? null;
}

export function canEditContent(status: PostMortemStatus): boolean {
  return status === "draft";
}

/** An incident may close only once its post-mortem is published. */
export function allowsIncidentClose(status: PostMortemStatus | null): boolean {
  return status === "published";
}

export const CLOSE_NEEDS_PUBLISHED_POST_MORTEM = "Publish the post-mortem before closing the incident";
