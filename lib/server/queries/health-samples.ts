import "server-only";
import type { Db } from "../db/client";

export type HealthSampleData = {
  serviceId: string;
  sourceId: string;
  at: Date;
  ok: boolean;
  requestRate: number | null;
  errorRate: number | null;
  p95Ms: number | null;
  latencyMs: number | null;
  version: string | null;
  error: string | null;
};

const sampleFields = { sourceId: true, at: true, ok: true, requestRate: true, errorRate: true, p95Ms: true, latencyMs: true, version: true, error: true } as const;

/**
 * For this transaction only: commit without waiting for the WAL flush. Samples
 * are telemetry, a second of them lost to a database crash costs nothing, and
 * the flush was most of a tick's write time (docs/performance.md).
 */
export async function skipCommitFlush(db: Db): Promise<void> {
  await db.$executeRaw`SET LOCAL synchronous_commit TO OFF`;
}

export function insertHealthSamples(db: Db, samples: readonly HealthSampleData[]) {
  return db.healthSample.createMany({ data: [...samples] });
}

export function listHealthSamples(db: Db, serviceId: string, since: Date) {
  return db.healthSample.findMany({ where: { serviceId, at: { gte: since } }, orderBy: { at: "asc" }, select: sampleFields });
}

export function listHealthRollups(db: Db, serviceId: string, since: Date) {
  return db.healthRollup.findMany({ where: { serviceId, minute: { gte: since } }, orderBy: { minute: "asc" } });
}

/** Median p95 of a service in [from, to): the baseline a regression is measured against. */
export async function medianP95Between(db: Db, serviceId: string, from: Date, to: Date): Promise<number | null> {
  const [row] = await db.$queryRaw<{ median: number | null; points: bigint }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "p95Ms") AS median, count("p95Ms") AS points
    FROM "HealthSample" WHERE "serviceId" = ${serviceId}::uuid AND "at" >= ${from} AND "at" < ${to} AND "p95Ms" IS NOT NULL`;
  return row && row.points >= 3n ? row.median : null;
}

/**
 * Folds raw samples into 1-minute rollups for minutes in [from, to); re-running
 * over the same minutes rewrites the same rows, so a retried job is harmless.
 */
export function rollUpHealthSamples(db: Db, from: Date, to: Date) {
  return db.$executeRaw`
    INSERT INTO "HealthRollup" ("serviceId", "minute", "samples", "okSamples", "requestRate", "errorRate", "p95Ms")
    SELECT "serviceId", date_trunc('minute', "at"), count(*), count(*) FILTER (WHERE "ok"),
           avg("requestRate"), avg("errorRate"), max("p95Ms")
    FROM "HealthSample" WHERE "at" >= ${from} AND "at" < ${to}
    GROUP BY "serviceId", date_trunc('minute', "at")
    ON CONFLICT ("serviceId", "minute") DO UPDATE SET
      "samples" = EXCLUDED."samples", "okSamples" = EXCLUDED."okSamples", "requestRate" = EXCLUDED."requestRate",
      "errorRate" = EXCLUDED."errorRate", "p95Ms" = EXCLUDED."p95Ms"`;
}

export async function deleteHealthDataBefore(db: Db, rawBefore: Date, rollupsBefore: Date) {
  const samples = await db.healthSample.deleteMany({ where: { at: { lt: rawBefore } } });
  const rollups = await db.healthRollup.deleteMany({ where: { minute: { lt: rollupsBefore } } });
  return { samples: samples.count, rollups: rollups.count };
}

export type HealthBucket = {
  serviceId: string;
  bucket: Date;
  errorRate: number | null;
  p95Ms: number | null;
  probes: number;
  okProbes: number;
  samples: number;
  okSamples: number;
  version: string | null;
};

/** Every service's samples since `since` in fixed buckets, aggregated in the database (the tiles need trends, not rows). */
export async function summarizeRecentHealth(db: Db, serviceIds: readonly string[], since: Date, bucketSeconds: number): Promise<HealthBucket[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<HealthBucket, "probes" | "okProbes" | "samples" | "okSamples"> & { probes: bigint; okProbes: bigint; samples: bigint; okSamples: bigint })[]>`
    SELECT s."serviceId", date_bin(make_interval(secs => ${bucketSeconds}), s."at", TIMESTAMPTZ '2000-01-01') AS bucket,
      avg(s."errorRate") AS "errorRate", max(s."p95Ms") AS "p95Ms",
      count(*) FILTER (WHERE h."kind" = 'http_probe') AS probes,
      count(*) FILTER (WHERE h."kind" = 'http_probe' AND s."ok") AS "okProbes",
      count(*) AS samples, count(*) FILTER (WHERE s."ok") AS "okSamples",
      max(s."version") AS version
    FROM "HealthSample" s JOIN "HealthSource" h ON h."id" = s."sourceId"
    WHERE s."serviceId" = ANY(${[...serviceIds]}::uuid[]) AND s."at" >= ${since}
    GROUP BY 1, 2 ORDER BY 2`;
  return rows.map((row) => ({ ...row, probes: Number(row.probes), okProbes: Number(row.okProbes), samples: Number(row.samples), okSamples: Number(row.okSamples) }));
}

/**
 * A service's samples since `since`, folded per source into buckets of
 * `bucketSeconds` (worst p95, mean rates, ok only if every check was): long
 * ranges stay a few hundred points per line instead of tens of thousands.
 */
export async function listHealthSamplesBinned(db: Db, serviceId: string, since: Date, bucketSeconds: number) {
  return db.$queryRaw<{ sourceId: string; at: Date; ok: boolean; requestRate: number | null; errorRate: number | null; p95Ms: number | null; latencyMs: number | null; version: string | null; error: string | null }[]>`
    SELECT "sourceId", date_bin(make_interval(secs => ${bucketSeconds}), "at", TIMESTAMPTZ '2000-01-01') AS at,
      bool_and("ok") AS ok, avg("requestRate") AS "requestRate", avg("errorRate") AS "errorRate", max("p95Ms") AS "p95Ms",
      avg("latencyMs") AS "latencyMs", max("version") AS version, max("error") AS error
    FROM "HealthSample" WHERE "serviceId" = ${serviceId}::uuid AND "at" >= ${since}
    GROUP BY 1, 2 ORDER BY 2`;
}
