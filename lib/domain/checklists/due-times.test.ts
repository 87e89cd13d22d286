import { describe, expect, it } from "vitest";
import { describeDue, describeDueOffset, dueAtFor, isOverdue, roughDuration } from "./due-times";

const anchor = new Date("2026-11-22T10:00:00.000Z");
const open = (dueAt: string | null) => ({ dueAt, doneAt: null, notApplicable: false });

describe("dueAtFor", () => {
  it("adds the group's offset to the anchor", () => {
    expect(dueAtFor(anchor, 1)?.toISOString()).toBe("2026-11-22T11:00:00.000Z");
    expect(dueAtFor(anchor, 24)?.toISOString()).toBe("2026-11-23T10:00:00.000Z");
    expect(dueAtFor(anchor, 168)?.toISOString()).toBe("2026-11-29T10:00:00.000Z");
  });

  it("gives no due time to a group without an offset", () => {
    expect(dueAtFor(anchor, undefined)).toBeNull();
  });
});

describe("describeDueOffset", () => {
  it("says the seeds' offsets as the seeds do", () => {
    expect(describeDueOffset(1)).toBe("1 hour");
    expect(describeDueOffset(24)).toBe("24 hours");
    expect(describeDueOffset(72)).toBe("3 days");
    expect(describeDueOffset(168)).toBe("1 week");
  });
});

describe("isOverdue and describeDue", () => {
  const now = Date.parse("2026-11-22T13:05:00.000Z");

  it("marks an open item past its due time overdue, in words", () => {
    expect(isOverdue(open("2026-11-22T11:00:00.000Z"), now)).toBe(true);
    expect(describeDue(open("2026-11-22T11:00:00.000Z"), now)).toEqual({ overdue: true, text: "overdue by 2 h" });
  });

  it("counts down to a due time still ahead", () => {
    expect(describeDue(open("2026-11-22T13:50:00.000Z"), now)).toEqual({ overdue: false, text: "due in 45 min" });
    expect(describeDue(open("2026-11-29T10:00:00.000Z"), now)).toEqual({ overdue: false, text: "due in 6 d" });
  });

  it("never calls a done or not-applicable item overdue", () => {
    expect(isOverdue({ dueAt: "2026-11-22T11:00:00.000Z", doneAt: "2026-11-22T12:00:00.000Z", notApplicable: false }, now)).toBe(false);
    expect(isOverdue({ dueAt: "2026-11-22T11:00:00.000Z", doneAt: null, notApplicable: true }, now)).toBe(false);
  });

  it("has nothing to say about an item without a due time", () => {
    expect(isOverdue(open(null), now)).toBe(false);
    expect(describeDue(open(null), now)).toBeNull();
  });

  it("rounds down but never to zero", () => {
    expect(roughDuration(10_000)).toBe("1 min");
    expect(roughDuration(119 * 60_000)).toBe("1 h");
  });
});
