import { describe, expect, it } from "vitest";
import { timelineLines } from "./timeline-lines";

const at = (iso: string) => new Date(iso);

describe("post-mortem timeline", () => {
  it("keeps the story's events in time order as HH:MM UTC lines", () => {
    const lines = timelineLines([
      { kind: "rollback.step_succeeded", summary: "Step 1 succeeded", createdAt: at("2026-11-22T10:07:10Z") },
      { kind: "incident.declared", summary: "Ada declared INC-7", createdAt: at("2026-11-22T10:01:00Z") },
      { kind: "participant.added", summary: "Bob joined", createdAt: at("2026-11-22T10:02:00Z") },
      { kind: "decision.answered", summary: "Answered: roll back", createdAt: at("2026-11-22T10:03:00Z") },
      { kind: "health.signal_opened", summary: "Error rate 12% over 5%", createdAt: at("2026-11-22T10:00:30Z") },
      { kind: "checklist.item_updated", summary: "Ticked “Backup taken”", createdAt: at("2026-11-22T10:04:00Z"), payload: { changes: { done: true } } },
      { kind: "checklist.item_updated", summary: "Noted on an item", createdAt: at("2026-11-22T10:05:00Z"), payload: { changes: { note: "x" } } },
      { kind: "incident.status_changed", summary: "moved to\nresolved", createdAt: at("2026-11-22T10:30:00Z") },
      { kind: "postmortem.updated", summary: "edited the post-mortem", createdAt: at("2026-11-22T10:31:00Z") },
    ]);
    expect(lines).toEqual([
      "10:00 UTC — Error rate 12% over 5%",
      "10:01 UTC — Ada declared INC-7",
      "10:03 UTC — Answered: roll back",
      "10:04 UTC — Ticked “Backup taken”",
      "10:07 UTC — Step 1 succeeded",
      "10:30 UTC — moved to resolved",
    ]);
  });

  it("puts the date in front when the incident crosses midnight UTC", () => {
    const lines = timelineLines([
      { kind: "incident.declared", summary: "declared", createdAt: at("2026-11-21T23:58:00Z") },
      { kind: "incident.status_changed", summary: "resolved", createdAt: at("2026-11-22T00:10:00Z") },
    ]);
    expect(lines).toEqual(["2026-11-21 23:58 UTC — declared", "2026-11-22 00:10 UTC — resolved"]);
  });
});
