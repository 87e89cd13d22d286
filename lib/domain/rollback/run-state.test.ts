import { describe, expect, it } from "vitest";
import { allowedCommands, canApproveStep, gateOf, isCaptureChecklistItem, nextMove } from "./run-state";

describe("run state rules", () => {
  it("gates destructive, approval and manual steps in live runs only", () => {
    const step = { kind: "manual", destructive: true, requiresApproval: true, pointOfNoReturn: false, confirmedAt: null, approvedAt: null };
    expect(gateOf(step, "live")).toBe("awaiting_confirmation");
    expect(gateOf({ ...step, confirmedAt: new Date() }, "live")).toBe("awaiting_approval");
    expect(gateOf({ ...step, confirmedAt: new Date(), approvedAt: new Date() }, "live")).toBe("awaiting_operator");
    expect(gateOf(step, "drill")).toBe("queued");
  });

  it("moves to the first step that is not done, and waits on a failed one", () => {
    expect(nextMove([{ position: 0, status: "succeeded" }, { position: 1, status: "pending" }])).toEqual({ kind: "gate", position: 1 });
    expect(nextMove([{ position: 0, status: "failed" }, { position: 1, status: "pending" }])).toEqual({ kind: "wait", position: 0, reason: "decision" });
    expect(nextMove([{ position: 0, status: "skipped" }])).toEqual({ kind: "finished" });
  });

  it("offers verify-again and recovery after a failed verification, nothing after a drill", () => {
    expect(allowedCommands({ status: "succeeded", mode: "live", verificationStatus: "failed" }, null)).toEqual(["verify_again", "start_emergency_recovery"]);
    expect(allowedCommands({ status: "succeeded", mode: "drill" }, null)).toEqual([]);
  });

  it("lets only a second person approve", () => {
    expect(canApproveStep("a", { confirmedById: "a" }, { startedById: "b" })).toBe(false);
    expect(canApproveStep("b", { confirmedById: null }, { startedById: "b" })).toBe(false);
    expect(canApproveStep("c", { confirmedById: "a" }, { startedById: "b" })).toBe(true);
  });

  it("recognises the checklist items a state manifest fulfils", () => {
    expect(isCaptureChecklistItem("Record the current version (release, image tag, commit)")).toBe(true);
    expect(isCaptureChecklistItem("Save recent logs")).toBe(false);
  });
});
