import "server-only";
import { createHealthSourceSchema } from "@/lib/domain/health/health-source-config";
import { updateThresholdsSchema } from "@/lib/domain/health/thresholds";
import { demoBadReleaseSchema, demoResetQuerySchema, healthRangeQuerySchema, updateHealthSourceSchema } from "@/lib/domain/schemas/health";
import type { ApiOperation } from "./build-openapi-document";

/** Live health: samples, sources, thresholds, and the demo's controls (docs/api.md). */
export const HEALTH_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/health/overview", summary: "A tile per service: status, figures, 15-minute availability and sparkline", permission: "services.read", success: { status: 200, description: "{ tiles, demo }" } },
  { method: "get", path: "/services/{serviceId}/health", summary: "A service's samples for a time range, with thresholds, baseline, markers and signals (id or slug)", permission: "services.read", query: healthRangeQuerySchema, success: { status: 200, description: "ServiceHealth" }, errors: [404] },
  { method: "get", path: "/services/{serviceId}/health-sources", summary: "A service's health sources (secrets redacted)", permission: "services.read", success: { status: 200, description: "{ sources }" }, errors: [404] },
  { method: "post", path: "/services/{serviceId}/health-sources", summary: "Add a health source: HTTP probe, /metrics scrape or Prometheus query", permission: "services.manage", body: createHealthSourceSchema, success: { status: 201, description: "{ source }" }, errors: [404] },
  { method: "patch", path: "/health-sources/{sourceId}", summary: "Edit a health source (names the version it saw)", permission: "services.manage", body: updateHealthSourceSchema, success: { status: 200, description: "{ source }" }, errors: [404, 409] },
  { method: "delete", path: "/health-sources/{sourceId}", summary: "Delete a health source and its raw samples", permission: "services.manage", success: { status: 200, description: "{ source }" }, errors: [404] },
  { method: "post", path: "/health-sources/{sourceId}/test", summary: "Collect once now, storing nothing", permission: "services.manage", success: { status: 200, description: "{ sample }" }, errors: [404] },
  { method: "get", path: "/services/{serviceId}/thresholds", summary: "A service's trigger thresholds (the seeds' defaults until changed)", permission: "services.read", success: { status: 200, description: "{ thresholds }" }, errors: [404] },
  { method: "put", path: "/services/{serviceId}/thresholds", summary: "Change a service's thresholds (names the version it saw)", permission: "services.manage", body: updateThresholdsSchema, success: { status: 200, description: "{ thresholds }" }, errors: [404, 409] },
  { method: "post", path: "/demo/bad-release", summary: "Demo: deploy a sandbox service's known-bad release", permission: "incidents.command", body: demoBadReleaseSchema, success: { status: 200, description: "{ service, version }" }, errors: [404, 503] },
  { method: "post", path: "/demo/reset", summary: "Demo: every sandbox service (or ?service=) back to its first versions, without faults", permission: "incidents.command", query: demoResetQuerySchema, success: { status: 200, description: "{ reset }" }, errors: [404, 503] },
];
