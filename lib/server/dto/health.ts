import "server-only";
import { DEFAULT_THRESHOLDS } from "@/lib/domain/health/thresholds";
import type { Prisma } from "../db/generated/client";
import type { HealthSignalRow } from "../queries/health-signals";
import type { HealthSampleData } from "../queries/health-samples";
import type { HealthSourceRow } from "../queries/health-sources";
import type { ServiceChangeRow } from "../queries/service-changes";
import type { ThresholdsRow } from "../queries/service-thresholds";

/** The placeholder a client sends back for a secret it did not change. */
export const REDACTED_SECRET = "********";

export function toHealthSampleDto(sample: Omit<HealthSampleData, "serviceId" | "sourceId"> & { sourceId: string | null }) {
  return {
    sourceId: sample.sourceId,
    at: sample.at.toISOString(),
    ok: sample.ok,
    requestRate: sample.requestRate,
    errorRate: sample.errorRate,
    p95Ms: sample.p95Ms,
    latencyMs: sample.latencyMs,
    version: sample.version,
    error: sample.error,
  };
}
export type HealthSampleDto = ReturnType<typeof toHealthSampleDto>;

/** A rollup minute in the shape of a sample, so charts draw both alike. */
export function rollupToSampleDto(rollup: { minute: Date; samples: number; okSamples: number; requestRate: number | null; errorRate: number | null; p95Ms: number | null }): HealthSampleDto {
  const failed = rollup.samples - rollup.okSamples;
  return {
    sourceId: null,
    at: rollup.minute.toISOString(),
    ok: failed === 0,
    requestRate: rollup.requestRate,
    errorRate: rollup.errorRate,
    p95Ms: rollup.p95Ms,
    latencyMs: null,
    version: null,
    error: failed === 0 ? null : `${failed} of ${rollup.samples} checks failed`,
  };
}

/** Secrets in a source's config (a Prometheus token or password) never leave the server. */
export function toHealthSourceDto(source: HealthSourceRow) {
  return {
    id: source.id,
    serviceId: source.serviceId,
    name: source.name,
    kind: source.kind,
    config: redactSecrets(source.config),
    intervalSeconds: source.intervalSeconds,
    enabled: source.enabled,
    lastCollectedAt: source.lastCollectedAt?.toISOString() ?? null,
    lastError: source.lastError,
    consecutiveFailures: source.consecutiveFailures,
    version: source.version,
  };
}

function redactSecrets(config: unknown): Prisma.JsonObject {
  const record: Prisma.JsonObject = typeof config === "object" && config !== null && !Array.isArray(config) ? { ...(config as Prisma.JsonObject) } : {};
  const auth = record.auth as Prisma.JsonObject | undefined;
  if (auth && typeof auth === "object") {
    record.auth = { ...auth, ...("token" in auth ? { token: REDACTED_SECRET } : {}), ...("password" in auth ? { password: REDACTED_SECRET } : {}) };
  }
  return record;
}

/** A service without a thresholds row has the seeds' defaults, at the version its first row will have. */
export function toThresholdsDto(row: ThresholdsRow | null) {
  const source = row ?? { ...DEFAULT_THRESHOLDS, declareIncident: false, autoRollback: false, version: 1 };
  return {
    errorRatePercent: source.errorRatePercent,
    p95IncreasePercent: source.p95IncreasePercent,
    unavailableMinutes: source.unavailableMinutes,
    failedChecks: source.failedChecks,
    baselineMinutes: source.baselineMinutes,
    declareIncident: source.declareIncident,
    autoRollback: source.autoRollback,
    version: source.version,
  };
}

export function toHealthSignalDto(signal: HealthSignalRow) {
  return {
    id: signal.id,
    serviceId: signal.serviceId,
    kind: signal.kind,
    message: signal.message,
    severity: signal.severity,
    value: signal.value,
    threshold: signal.threshold,
    openedAt: signal.openedAt.toISOString(),
    clearedAt: signal.clearedAt?.toISOString() ?? null,
    incident: signal.incident ? { id: signal.incident.id, key: `INC-${signal.incident.number}` } : null,
  };
}

const MARKER_LABELS: Record<ServiceChangeRow["kind"], (toVersion: string) => string> = {
  deploy: (version) => `Deploy ${version}`,
  rollback: (version) => `Rollback to ${version}`,
  rollback_started: (plan) => `Rollback started: ${plan}`,
  verification_passed: (figures) => `Verified: ${figures}`,
  verification_failed: (figures) => `Not restored: ${figures}`,
};

export function toHealthMarker(change: ServiceChangeRow) {
  return {
    kind: change.kind,
    at: change.at.toISOString(),
    label: MARKER_LABELS[change.kind](change.toVersion),
    href: null,
  };
}

export function toIncidentMarker(incident: { number: number; title: string; detectedAt: Date }) {
  return { kind: "incident" as const, at: incident.detectedAt.toISOString(), label: `INC-${incident.number}`, href: `/incidents/INC-${incident.number}` };
}
