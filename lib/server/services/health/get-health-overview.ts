import "server-only";
import { statusFromSources } from "@/lib/domain/health/source-status";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toHealthSignalDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { summarizeRecentHealth, type HealthBucket } from "../../queries/health-samples";
import { listOpenSignalsOfServices } from "../../queries/health-signals";
import { listHealthSourcesOfServices } from "../../queries/health-sources";
import { listActiveServices } from "../../queries/services";
import { demoEnabled } from "../demo/demo-state";

const WINDOW_MS = 15 * 60_000;
const BUCKET_SECONDS = 30;

/** One tile per active service: status, latest figures, 15-minute availability and an error-rate sparkline. */
export async function getHealthOverview(actor: Actor) {
  assertCan(actor, "services.read");
  const services = await listActiveServices(db());
  const ids = services.map((service) => service.id);
  const [buckets, sources, signals] = await Promise.all([
    summarizeRecentHealth(db(), ids, new Date(Date.now() - WINDOW_MS), BUCKET_SECONDS),
    listHealthSourcesOfServices(db(), ids),
    listOpenSignalsOfServices(db(), ids),
  ]);
  const tiles = services.map((service) => {
    const own = buckets.filter((bucket) => bucket.serviceId === service.id);
    const openSignals = signals.filter((signal) => signal.serviceId === service.id);
    const latest = [...own].reverse().find((bucket) => bucket.errorRate !== null || bucket.p95Ms !== null);
    return {
      service: { id: service.id, slug: service.slug, name: service.name, team: service.team, environment: service.environment },
      status: statusFromSources(sources.filter((source) => source.serviceId === service.id), openSignals.length),
      errorRate: latest?.errorRate ?? null,
      p95Ms: latest?.p95Ms ?? null,
      availabilityPercent: availability(own),
      currentVersion: [...own].reverse().find((bucket) => bucket.version)?.version ?? null,
      sparkline: own.map((bucket) => ({ at: bucket.bucket.toISOString(), errorRate: bucket.errorRate })),
      openSignals: openSignals.map(toHealthSignalDto),
    };
  });
  return { tiles, demo: { enabled: demoEnabled() } };
}

/** Probes when the service has them; otherwise every collection counts as a check. */
function availability(buckets: HealthBucket[]): number | null {
  const probes = buckets.reduce((sum, bucket) => sum + bucket.probes, 0);
  const ok = probes > 0 ? buckets.reduce((sum, bucket) => sum + bucket.okProbes, 0) : buckets.reduce((sum, bucket) => sum + bucket.okSamples, 0);
  const total = probes > 0 ? probes : buckets.reduce((sum, bucket) => sum + bucket.samples, 0);
  return total > 0 ? (ok / total) * 100 : null;
}
