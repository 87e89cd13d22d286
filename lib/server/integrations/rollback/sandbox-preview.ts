import "server-only";
import { PREVIOUS_SANDBOX_VERSION, type SandboxParams } from "@/lib/domain/rollback/actions/sandbox";
import type { SandboxState } from "@/lib/sandbox/control-api";
import { describeFaults, describeSandboxState } from "./sandbox-control";

export type SandboxDryRun = { ok: boolean; lines: string[] };

/** The version a deploy would put live, or why it cannot: "previous" resolved against the service's history. */
export function resolveDeployVersion(slug: string, requested: string, state: SandboxState): { version: string } | { problem: string } {
  const version = requested === PREVIOUS_SANDBOX_VERSION ? state.previousVersion : requested;
  if (version === null) return { problem: `${slug} has no previous version to deploy` };
  if (!state.availableVersions.includes(version)) return { problem: `unknown version "${version}"; ${slug} knows ${state.availableVersions.join(", ")}` };
  return { version };
}

/**
 * The sandbox's dry run: what the operation would change, worked out from
 * the service's current state, which is all a dry run needs to read.
 */
export function planSandboxChange(params: SandboxParams, state: SandboxState): SandboxDryRun {
  const now = `now: ${describeSandboxState(state)}`;
  const idle = state.liveColor === "blue" ? "green" : "blue";
  switch (params.operation) {
    case "deploy": {
      const resolved = resolveDeployVersion(params.service, params.version, state);
      if ("problem" in resolved) return { ok: false, lines: [resolved.problem, now] };
      if (resolved.version === state.currentVersion) return { ok: true, lines: [`${resolved.version} is already live: would change nothing`, now] };
      const which = params.version === PREVIOUS_SANDBOX_VERSION ? `the previous version ${resolved.version}` : resolved.version;
      return { ok: true, lines: [`would deploy ${which} (now ${state.currentVersion})`, now] };
    }
    case "switch_live": {
      if (params.color === state.liveColor) return { ok: true, lines: [`${params.color} is already live: would change nothing`, now] };
      const canary = state.canaryWeight > 0 ? `; the ${state.canaryWeight}% canary would end` : "";
      return { ok: true, lines: [`would switch live traffic to ${params.color}, serving ${state.slots[params.color].version} (now ${state.currentVersion} on ${state.liveColor})${canary}`, now] };
    }
    case "canary_weight":
      if (params.weight === state.canaryWeight) return { ok: true, lines: [`the canary weight is already ${params.weight}%: would change nothing`, now] };
      return { ok: true, lines: [`would set the canary weight to ${params.weight}% (now ${state.canaryWeight}%); the idle ${idle} slot runs ${state.slots[idle].version}`, now] };
    case "clear_faults": {
      const faults = describeFaults(state);
      return { ok: true, lines: [faults === "no faults" ? "no faults injected: would change nothing" : `would clear the injected faults (${faults})`, now] };
    }
  }
}
