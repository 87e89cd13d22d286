import { describe, expect, it } from "vitest";
import type { CheckOutcome } from "../rollback/verification";
import { collectAutoCheckEvidence, proveAutoCheck } from "./auto-check";

const check = (kind: CheckOutcome["kind"], passed: boolean) => ({ kind, passed });
const allPassed = [check("health_endpoints", true), check("health_endpoints", true), check("error_rate", true), check("p95_baseline", true)];

describe("proveAutoCheck", () => {
  it("proves a key when all its checks passed, counting them", () => {
    expect(proveAutoCheck("services_running", allPassed)).toEqual({ passed: 2, total: 2 });
    expect(proveAutoCheck("monitoring_active", allPassed)).toEqual({ passed: 2, total: 2 });
    expect(proveAutoCheck("performance_restored", allPassed)).toEqual({ passed: 1, total: 1 });
    expect(proveAutoCheck("systems_verified", allPassed)).toEqual({ passed: 4, total: 4 });
  });

  it("does not prove a key whose checks did not run", () => {
    expect(proveAutoCheck("data_intact", allPassed)).toBeNull();
    expect(proveAutoCheck("critical_flows", allPassed)).toBeNull();
    expect(proveAutoCheck("systems_verified", [])).toBeNull();
  });

  it("does not prove a key when one of its checks failed, but still proves the others", () => {
    const slow = [check("health_endpoints", true), check("error_rate", true), check("p95_baseline", false)];
    expect(proveAutoCheck("performance_restored", slow)).toBeNull();
    expect(proveAutoCheck("systems_verified", slow)).toBeNull();
    expect(proveAutoCheck("services_running", slow)).toEqual({ passed: 1, total: 1 });
  });
});

describe("collectAutoCheckEvidence", () => {
  it("links each key to the newest run that proves it", () => {
    const older = { runId: "older", planName: "Immediate rollback", verifiedAt: "2026-11-22T10:00:00.000Z", checks: allPassed };
    const newerButSlow = { runId: "newer", planName: "Canary to zero", verifiedAt: "2026-11-22T11:00:00.000Z", checks: [check("health_endpoints", true), check("p95_baseline", false)] };
    const evidence = collectAutoCheckEvidence([older, newerButSlow]);
    expect(evidence.services_running).toEqual({ runId: "newer", planName: "Canary to zero", verifiedAt: newerButSlow.verifiedAt, passed: 1, total: 1 });
    expect(evidence.performance_restored).toMatchObject({ runId: "older", passed: 1, total: 1 });
    expect(evidence.systems_verified).toMatchObject({ runId: "older", passed: 4, total: 4 });
    expect(evidence.data_intact).toBeUndefined();
  });
});
