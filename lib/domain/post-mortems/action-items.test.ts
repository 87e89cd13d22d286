import { describe, expect, it } from "vitest";
import { doneAtAfter, isOpenActionItem, isOverdueActionItem } from "./action-items";

const now = new Date("2026-11-22T12:00:00Z");
const yesterday = new Date("2026-11-21T12:00:00Z");

describe("action items", () => {
  it("counts open and in progress as open", () => {
    expect(["open", "in_progress", "done", "wont_do"].map((status) => isOpenActionItem(status as never))).toEqual([true, true, false, false]);
  });

  it("is overdue when open and past its due time only", () => {
    expect(isOverdueActionItem({ status: "in_progress", dueAt: yesterday }, now)).toBe(true);
    expect(isOverdueActionItem({ status: "done", dueAt: yesterday }, now)).toBe(false);
    expect(isOverdueActionItem({ status: "open", dueAt: null }, now)).toBe(false);
    expect(isOverdueActionItem({ status: "open", dueAt: now }, now)).toBe(false);
  });

  it("stamps doneAt once and clears it when the item is reopened", () => {
    expect(doneAtAfter({ status: "open", doneAt: null }, "done", now)).toEqual(now);
    expect(doneAtAfter({ status: "done", doneAt: yesterday }, "done", now)).toEqual(yesterday);
    expect(doneAtAfter({ status: "done", doneAt: yesterday }, "open", now)).toBeNull();
  });
});
