import type { DeploymentState, SlotColor } from "../control-api";
import { findRelease, type SandboxServiceDefinition } from "../fleet-definition";
import { otherColor } from "./deployment-state";

export type RequestPlan = { color: SlotColor; version: string; fail: boolean; delayMs: number };

/**
 * How one app request will be served: which slot takes it (the canary weight
 * sends its share to the idle slot), whether it fails, and how long it takes,
 * from that slot's release profile plus the injected faults.
 */
export function planRequest(state: DeploymentState, service: SandboxServiceDefinition, random: () => number = Math.random): RequestPlan {
  const color = random() * 100 < state.canaryWeight ? otherColor(state.liveColor) : state.liveColor;
  const version = state.slots[color].version;
  const profile = findRelease(service, version)?.profile;
  if (!profile) throw new Error(`${service.slug} has no release ${version}`);
  // Independent causes: a request succeeds only if neither the release nor the injected fault fails it.
  const failureShare = 1 - (1 - profile.errorRatePercent / 100) * (1 - state.faults.errorRatePercent / 100);
  const fail = random() < failureShare;
  const { min, max } = profile.latencyMs;
  const delayMs = min + random() * (max - min) + state.faults.addedLatencyMs;
  return { color, version, fail, delayMs };
}
