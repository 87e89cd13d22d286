import type { DeploymentState, SandboxState } from "../control-api";
import type { SandboxServiceDefinition } from "../fleet-definition";
import { currentVersion, previousVersion } from "./deployment-state";
import type { ServiceMetrics } from "./service-metrics";
import { loadDeploymentState, saveDeploymentState } from "./state-file";

/** The live state of one running sandbox service, shared by its HTTP handlers. */
export type ServiceRuntime = {
  service: SandboxServiceDefinition;
  metrics: ServiceMetrics;
  state(): DeploymentState;
  /** Persists, then serves the new state. */
  update(next: DeploymentState): void;
  describe(): SandboxState;
  /** Resolves at once unless hang mode is on; then when it is turned off. */
  whileHung(): Promise<void>;
};

export function createServiceRuntime(options: { service: SandboxServiceDefinition; stateDir: string; metrics: ServiceMetrics }): ServiceRuntime {
  const { service, stateDir, metrics } = options;
  const startedAt = new Date().toISOString();
  let state = loadDeploymentState(stateDir, service);
  let hangReleased: { promise: Promise<void>; release: () => void } | null = null;
  metrics.showServingVersions(state);

  const hangGate = () => {
    if (!hangReleased) {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      hangReleased = { promise, release };
    }
    return hangReleased.promise;
  };

  return {
    service,
    metrics,
    state: () => state,
    update(next) {
      saveDeploymentState(stateDir, service.slug, next);
      state = next;
      metrics.showServingVersions(state);
      if (state.faults.mode !== "hang" && hangReleased) {
        hangReleased.release();
        hangReleased = null;
      }
    },
    describe: () => ({
      ...state,
      slug: service.slug,
      name: service.name,
      currentVersion: currentVersion(state),
      previousVersion: previousVersion(state),
      availableVersions: service.releases.map((release) => release.version),
      badRelease: service.badRelease,
      pid: process.pid,
      startedAt,
    }),
    whileHung: () => (state.faults.mode === "hang" ? hangGate() : Promise.resolve()),
  };
}
