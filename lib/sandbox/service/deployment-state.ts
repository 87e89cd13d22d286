import { type DeploymentState, type DeployRequest, type Faults, type FaultsRequest, NO_FAULTS, PREVIOUS_VERSION, type SlotColor } from "../control-api";
import { findRelease, type SandboxServiceDefinition } from "../fleet-definition";

/**
 * The deployment state machine of one sandbox service: two slots (blue and
 * green), the live colour, a canary weight and injected faults. Pure: every
 * transition returns a new state, so the service persists exactly what it serves.
 */

/** A control request the service refuses; answered as 400 naming the field. */
export class ControlInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ControlInputError";
  }
}

const HISTORY_LIMIT = 50;

export function initialDeploymentState(service: SandboxServiceDefinition): DeploymentState {
  const releasedAt = (version: string) => new Date(findRelease(service, version)?.releasedAt ?? 0).toISOString();
  return {
    slots: { blue: { version: service.currentVersion }, green: { version: service.previousVersion } },
    liveColor: "blue",
    canaryWeight: 0,
    faults: NO_FAULTS,
    history: [
      { version: service.previousVersion, color: "green", at: releasedAt(service.previousVersion) },
      { version: service.currentVersion, color: "blue", at: releasedAt(service.currentVersion) },
    ],
  };
}

export function otherColor(color: SlotColor): SlotColor {
  return color === "blue" ? "green" : "blue";
}

export function currentVersion(state: DeploymentState): string {
  return state.slots[state.liveColor].version;
}

/** The version that served live traffic before the current one, if any. */
export function previousVersion(state: DeploymentState): string | null {
  const current = currentVersion(state);
  for (let index = state.history.length - 1; index >= 0; index--) {
    const entry = state.history[index];
    if (entry && entry.version !== current) return entry.version;
  }
  return null;
}

/** Deploys onto the live slot (in place) unless another colour is named. */
export function deployVersion(state: DeploymentState, service: SandboxServiceDefinition, request: DeployRequest, now: Date): DeploymentState {
  const version = request.version === PREVIOUS_VERSION ? previousVersion(state) : request.version;
  if (version === null) throw new ControlInputError("version", "there is no previous version to deploy");
  if (!findRelease(service, version)) {
    const known = service.releases.map((release) => release.version).join(", ");
    throw new ControlInputError("version", `unknown version "${version}"; ${service.slug} knows ${known}`);
  }
  const color = request.color ?? state.liveColor;
  return recordLiveChange(state, { ...state, slots: { ...state.slots, [color]: { version } } }, now);
}

/** All traffic moves to `color`; a running canary ends, since its slot just changed role. */
export function switchLiveColor(state: DeploymentState, color: SlotColor, now: Date): DeploymentState {
  if (color === state.liveColor) return state;
  return recordLiveChange(state, { ...state, liveColor: color, canaryWeight: 0 }, now);
}

export function setCanaryWeight(state: DeploymentState, weight: number): DeploymentState {
  return { ...state, canaryWeight: weight };
}

export function setFaults(state: DeploymentState, request: FaultsRequest): DeploymentState {
  return { ...state, faults: { ...state.faults, ...request } };
}

/**
 * What survives a restart: everything but crash mode, which would otherwise
 * crash the restarted process again and again.
 */
export function persistentPart(state: DeploymentState): DeploymentState {
  return state.faults.mode === "crash" ? { ...state, faults: { ...state.faults, mode: "none" } } : state;
}

/** Faults that make `/health` answer 503: most requests fail. */
export function isUnhealthy(faults: Faults): boolean {
  return faults.errorRatePercent >= 50;
}

function recordLiveChange(before: DeploymentState, after: DeploymentState, now: Date): DeploymentState {
  const live = after.slots[after.liveColor].version;
  if (live === before.slots[before.liveColor].version && after.liveColor === before.liveColor) return after;
  const history = [...after.history, { version: live, color: after.liveColor, at: now.toISOString() }].slice(-HISTORY_LIMIT);
  return { ...after, history };
}
