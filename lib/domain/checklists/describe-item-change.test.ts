import { describe, expect, it } from "vitest";
import { describeItemChange } from "./describe-item-change";

const item = { text: "Notify the team on the incident channel" };

describe("describeItemChange", () => {
  it("quotes the item, shortened, in one readable line", () => {
    expect(describeItemChange(item, { done: true })).toBe('Ticked "Notify the team on the incident channel"');
    expect(describeItemChange({ text: "Write the rollback manifest: time, version, reason, initiator" }, { done: false })).toBe('Unticked "Write the rollback manifest: time…"');
  });

  it("says why an item does not apply, and when it applies again", () => {
    expect(describeItemChange(item, { notApplicable: true, notApplicableReason: "no channel yet" })).toBe('Marked "Notify the team on the incident channel" not applicable: no channel yet');
    expect(describeItemChange(item, { notApplicable: false })).toBe('Marked "Notify the team on the incident channel" applicable again');
  });

  it("joins several changes, naming the item once", () => {
    expect(describeItemChange(item, { done: true, assigneeName: "Ada", note: "done in #inc-42" })).toBe('Ticked "Notify the team on the incident channel"; assigned it to Ada; noted on it: done in #inc-42');
  });

  it("describes clearing fields", () => {
    expect(describeItemChange(item, { assigneeName: null, dueAt: null, note: null })).toBe('Unassigned "Notify the team on the incident channel"; cleared the due time of it; cleared the note on it');
  });
});
