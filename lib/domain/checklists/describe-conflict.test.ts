import { describe, expect, it } from "vitest";
import { describeConflict } from "./describe-conflict";

const current = { doneAt: "2026-11-22T12:00:00.000Z", note: "posted in #inc", assignee: { name: "Ada" }, notApplicable: false, notApplicableReason: null, changedBy: "Grace" };

describe("describeConflict", () => {
  it("names who won and the current value of what the loser tried to change", () => {
    expect(describeConflict(current, { done: false })).toBe("Grace changed this to ticked — your change was not saved");
    expect(describeConflict(current, { note: "mine" })).toBe("Grace changed this to the note “posted in #inc” — your change was not saved");
    expect(describeConflict({ ...current, assignee: null }, { assigneeId: "someone" })).toBe("Grace changed this to unassigned — your change was not saved");
  });

  it("says someone when the winner is unknown", () => {
    expect(describeConflict({ ...current, changedBy: null, doneAt: null }, { done: true })).toBe("Someone changed this to not ticked — your change was not saved");
  });
});
