import { z } from "zod";
import { HEALTH_RANGES } from "@/lib/domain/health/health-ranges";
import { HEALTH_SOURCE_KINDS } from "@/lib/domain/health/health-source-config";
import { SEVERITIES } from "@/lib/domain/incidents/lifecycle";

/** docs/api.md, `HealthSample`: one collection from one source. */
export const healthSampleSchema = z.object({
  sourceId: z.string().nullable(),
  at: z.string(),
  ok: z.boolean(),
  requestRate: z.number().nullable(),
  /** 0..1 */
  errorRate: z.number().nullable(),
  p95Ms: z.number().nullable(),
  latencyMs: z.number().nullable(),
  version: z.string().nullable(),
  error: z.string().nullable(),
});
export type HealthSample = z.infer<typeof healthSampleSchema>;

export const healthStatusSchema = z.enum(["healthy", "degraded", "down", "unknown"]);
export type HealthStatus = z.infer<typeof healthStatusSchema>;

export const healthSourceSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  name: z.string(),
  kind: z.enum(HEALTH_SOURCE_KINDS),
  /** The kind's config; secrets (a Prometheus token or password) come back as "********". */
  config: z.record(z.string(), z.unknown()),
  intervalSeconds: z.number(),
  enabled: z.boolean(),
  lastCollectedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number(),
  version: z.number(),
});
export type HealthSource = z.infer<typeof healthSourceSchema>;

export const thresholdsSchema = z.object({
  errorRatePercent: z.number(),
  p95IncreasePercent: z.number(),
  unavailableMinutes: z.number(),
  failedChecks: z.number(),
  baselineMinutes: z.number(),
  declareIncident: z.boolean(),
  autoRollback: z.boolean(),
  version: z.number(),
});
export type ServiceThresholds = z.infer<typeof thresholdsSchema>;

export const signalKindSchema = z.enum(["error_rate", "latency_regression", "unavailable", "failed_health_checks"]);

export const healthSignalSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  kind: signalKindSchema,
  message: z.string(),
  severity: z.enum(SEVERITIES),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  openedAt: z.string(),
  clearedAt: z.string().nullable(),
  incident: z.object({ id: z.string(), key: z.string() }).nullable(),
});
export type HealthSignal = z.infer<typeof healthSignalSchema>;

export const healthMarkerSchema = z.object({
  kind: z.enum(["deploy", "rollback", "rollback_started", "verification_passed", "verification_failed", "incident"]),
  at: z.string(),
  label: z.string(),
  /** An incident's page, for incident markers. */
  href: z.string().nullable(),
});
export type HealthMarker = z.infer<typeof healthMarkerSchema>;

/** GET /api/v1/services/{serviceRef}/health?range= */
export const serviceHealthSchema = z.object({
  service: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  status: healthStatusSchema,
  range: z.enum(HEALTH_RANGES),
  /** "raw" samples per source up to 24 h; "minute" rollups (sourceId null) beyond. */
  resolution: z.enum(["raw", "minute"]),
  sources: z.array(healthSourceSchema),
  samples: z.array(healthSampleSchema),
  thresholds: thresholdsSchema,
  baselineP95Ms: z.number().nullable(),
  markers: z.array(healthMarkerSchema),
  signals: z.array(healthSignalSchema),
  currentVersion: z.string().nullable(),
});
export type ServiceHealth = z.infer<typeof serviceHealthSchema>;

/** GET /api/v1/health/overview: one tile per service. */
export const healthTileSchema = z.object({
  service: z.object({ id: z.string(), slug: z.string(), name: z.string(), team: z.string(), environment: z.string() }),
  status: healthStatusSchema,
  errorRate: z.number().nullable(),
  p95Ms: z.number().nullable(),
  /** Share of successful checks over the last 15 minutes, 0..100. */
  availabilityPercent: z.number().nullable(),
  currentVersion: z.string().nullable(),
  /** Error rate over the last 15 minutes, oldest first. */
  sparkline: z.array(z.object({ at: z.string(), errorRate: z.number().nullable() })),
  openSignals: z.array(healthSignalSchema),
});
export type HealthTile = z.infer<typeof healthTileSchema>;
export const healthOverviewSchema = z.object({ tiles: z.array(healthTileSchema), demo: z.object({ enabled: z.boolean() }) });

/** Realtime, room `service:<id>`. */
export const healthSampleEventSchema = z.object({ serviceId: z.string(), sample: healthSampleSchema, status: healthStatusSchema });
export const healthSignalEventSchema = z.object({ serviceId: z.string(), signal: healthSignalSchema });
export const serviceChangeEventSchema = z.object({ serviceId: z.string(), marker: healthMarkerSchema });
