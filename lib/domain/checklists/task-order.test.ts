import { describe, expect, it } from "vitest";
import { orderTasks } from "./task-order";

describe("orderTasks", () => {
  it("puts overdue first (longest overdue on top), then by due time, then undated", () => {
    const now = Date.parse("2026-11-22T12:00:00.000Z");
    const tasks = [
      { id: "undated", dueAt: null },
      { id: "tomorrow", dueAt: "2026-11-23T12:00:00.000Z" },
      { id: "overdue-1h", dueAt: "2026-11-22T11:00:00.000Z" },
      { id: "in-1h", dueAt: "2026-11-22T13:00:00.000Z" },
      { id: "overdue-3h", dueAt: "2026-11-22T09:00:00.000Z" },
      { id: "undated-2", dueAt: null },
    ];
    expect(orderTasks(tasks, now).map((task) => task.id)).toEqual(["overdue-3h", "overdue-1h", "in-1h", "tomorrow", "undated", "undated-2"]);
  });
});
