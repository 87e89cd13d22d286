import { describe, expect, it } from "vitest";
import { allowedReviewMoves, allowsIncidentClose, authorityForMove, canEditContent } from "./review-state";

describe("post-mortem review states", () => {
  it("lets reviewers move draft → in review → published, and send a review back to draft", () => {
    expect(allowedReviewMoves("draft", ["review"])).toEqual(["in_review"]);
    expect(allowedReviewMoves("in_review", ["review"])).toEqual(["published", "draft"]);
    expect(authorityForMove("in_review", "draft")).toBe("review");
  });

  it("keeps published final for reviewers; only an admin may reopen it as a draft", () => {
    expect(allowedReviewMoves("published", ["review"])).toEqual([]);
    expect(allowedReviewMoves("published", ["review", "reopen"])).toEqual(["draft"]);
    expect(authorityForMove("published", "draft")).toBe("reopen");
  });

  it("has no shortcut from draft to published and no move to the same state", () => {
    expect(authorityForMove("draft", "published")).toBeNull();
    expect(authorityForMove("draft", "draft")).toBeNull();
    expect(allowedReviewMoves("draft", [])).toEqual([]);
  });

  it("edits text in draft only and closes the incident only once published", () => {
    expect([canEditContent("draft"), canEditContent("in_review"), canEditContent("published")]).toEqual([true, false, false]);
    expect([allowsIncidentClose(null), allowsIncidentClose("in_review"), allowsIncidentClose("published")]).toEqual([false, false, true]);
  });
});
