import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DeploymentState, SlotColor } from "../control-api";
import { otherColor } from "./deployment-state";

/**
 * A service's Prometheus metrics, in a registry of its own. The names and
 * labels are a contract: Rewind's scrape defaults
 * (lib/domain/health/health-source-config.ts) read them.
 */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type ServiceMetrics = {
  registry: Registry;
  recordRequest(request: { code: number; method: string; route: string; color: SlotColor; seconds: number }): void;
  /** Sets app_version_info to 1 for exactly the slots that serve traffic. */
  showServingVersions(state: DeploymentState): void;
};

export function createServiceMetrics(): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "http_requests_total",
    help: "App requests answered, by status code, method, route and serving slot",
    labelNames: ["code", "method", "route", "color"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an app request",
    labelNames: ["route", "color"] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const versionInfo = new Gauge({
    name: "app_version_info",
    help: "1 for each version and slot serving traffic",
    labelNames: ["version", "color"] as const,
    registers: [registry],
  });

  return {
    registry,
    recordRequest({ code, method, route, color, seconds }) {
      requests.inc({ code: String(code), method, route, color });
      duration.observe({ route, color }, seconds);
    },
    showServingVersions(state) {
      versionInfo.reset();
      const idle = otherColor(state.liveColor);
      if (state.canaryWeight < 100) versionInfo.set({ version: state.slots[state.liveColor].version, color: state.liveColor }, 1);
      if (state.canaryWeight > 0) versionInfo.set({ version: state.slots[idle].version, color: idle }, 1);
    },
  };
}
