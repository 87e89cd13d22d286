import { describe, expect, it } from "vitest";
import { findSandboxService, type SandboxServiceDefinition } from "../fleet-definition";
import { deployVersion, initialDeploymentState, setCanaryWeight, setFaults } from "./deployment-state";
import { planRequest } from "./request-plan";

const storefront = findSandboxService("storefront") as SandboxServiceDefinition;

describe("planning a sandbox request", () => {
  const sequence = (...values: number[]) => () => values.shift() ?? 0;

  it("sends the canary's share to the idle slot", () => {
    const state = setCanaryWeight(initialDeploymentState(storefront), 25);
    expect(planRequest(state, storefront, sequence(0.2, 0.99, 0)).version).toBe("1.4.1");
    expect(planRequest(state, storefront, sequence(0.3, 0.99, 0)).version).toBe("1.4.2");
  });

  it("fails the bad release's share of requests and slows every one by 250 ms", () => {
    const state = deployVersion(initialDeploymentState(storefront), storefront, { version: "1.5.0" }, new Date());
    expect(planRequest(state, storefront, sequence(0.5, 0.11, 0))).toMatchObject({ fail: true, delayMs: 265 });
    expect(planRequest(state, storefront, sequence(0.5, 0.13, 1))).toMatchObject({ fail: false, delayMs: 330 });
  });

  it("adds injected errors and latency on top of the release's own", () => {
    const state = setFaults(initialDeploymentState(storefront), { errorRatePercent: 50, addedLatencyMs: 1_000 });
    const plan = planRequest(state, storefront, sequence(0.5, 0.5, 0));
    expect(plan).toMatchObject({ fail: true, delayMs: 1_015 });
    expect(planRequest(state, storefront, sequence(0.5, 0.51, 0)).fail).toBe(false);
  });
});
