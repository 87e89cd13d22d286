import { describe, expect, it } from "vitest";
import { findSandboxService, type SandboxServiceDefinition } from "../fleet-definition";
import {
  ControlInputError,
  currentVersion,
  deployVersion,
  initialDeploymentState,
  persistentPart,
  previousVersion,
  setCanaryWeight,
  setFaults,
  switchLiveColor,
} from "./deployment-state";

const storefront = findSandboxService("storefront") as SandboxServiceDefinition;
const now = new Date("2026-01-05T12:00:00Z");

describe("sandbox deployment state", () => {
  it("starts with the current version live on blue and the previous one waiting on green", () => {
    const state = initialDeploymentState(storefront);
    expect(state.slots).toEqual({ blue: { version: "1.4.2" }, green: { version: "1.4.1" } });
    expect(currentVersion(state)).toBe("1.4.2");
    expect(previousVersion(state)).toBe("1.4.1");
  });

  it("deploys in place on the live slot and remembers what was live before", () => {
    const state = deployVersion(initialDeploymentState(storefront), storefront, { version: "1.5.0" }, now);
    expect(state.slots.blue.version).toBe("1.5.0");
    expect(currentVersion(state)).toBe("1.5.0");
    expect(previousVersion(state)).toBe("1.4.2");
    expect(state.history.at(-1)).toEqual({ version: "1.5.0", color: "blue", at: now.toISOString() });
  });

  it("deploys 'previous' as the version that was live before the current one", () => {
    const bad = deployVersion(initialDeploymentState(storefront), storefront, { version: "1.5.0" }, now);
    const rolledBack = deployVersion(bad, storefront, { version: "previous" }, now);
    expect(currentVersion(rolledBack)).toBe("1.4.2");
  });

  it("deploys to the idle slot without changing what is live", () => {
    const state = deployVersion(initialDeploymentState(storefront), storefront, { version: "1.5.0", color: "green" }, now);
    expect(state.slots.green.version).toBe("1.5.0");
    expect(currentVersion(state)).toBe("1.4.2");
    expect(state.history).toHaveLength(2);
  });

  it("refuses a version the service does not know, naming it", () => {
    const deploy = () => deployVersion(initialDeploymentState(storefront), storefront, { version: "9.9.9" }, now);
    expect(deploy).toThrow(ControlInputError);
    expect(deploy).toThrow(/9\.9\.9/);
  });

  it("switches live traffic to the other colour and ends a running canary", () => {
    const canary = setCanaryWeight(initialDeploymentState(storefront), 30);
    const switched = switchLiveColor(canary, "green", now);
    expect(currentVersion(switched)).toBe("1.4.1");
    expect(switched.canaryWeight).toBe(0);
    expect(previousVersion(switched)).toBe("1.4.2");
  });

  it("keeps injected faults across restarts, except crash mode", () => {
    const crashing = setFaults(initialDeploymentState(storefront), { mode: "crash", errorRatePercent: 20 });
    expect(persistentPart(crashing).faults).toEqual({ mode: "none", errorRatePercent: 20, addedLatencyMs: 0 });
    const hung = setFaults(initialDeploymentState(storefront), { mode: "hang" });
    expect(persistentPart(hung).faults.mode).toBe("hang");
  });
});
