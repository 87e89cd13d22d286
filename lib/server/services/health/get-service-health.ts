import "server-only";
import { binSecondsOf, HEALTH_RANGE_MS, resolutionOf, type HealthRange } from "@/lib/domain/health/health-ranges";
import { statusFromSources } from "@/lib/domain/health/source-status";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { rollupToSampleDto, toHealthMarker, toHealthSampleDto, toHealthSignalDto, toHealthSourceDto, toIncidentMarker, toThresholdsDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { listHealthRollups, listHealthSamples, listHealthSamplesBinned } from "../../queries/health-samples";
import { listSignalsOfService } from "../../queries/health-signals";
import { listHealthSourcesOfService } from "../../queries/health-sources";
import { listServiceChanges } from "../../queries/service-changes";
import { listIncidentsOfServiceSince } from "../../queries/service-incidents";
import { listThresholdsOfServices } from "../../queries/service-thresholds";
import { baselineP95For } from "./baseline-cache";
import { loadServiceByRef } from "./load-service";

/** Every sample up to an hour; folded per source beyond; 1-minute rollups past a day. */
async function samplesFor(serviceId: string, range: HealthRange, since: Date) {
  if (resolutionOf(range) === "minute") return (await listHealthRollups(db(), serviceId, since)).map(rollupToSampleDto);
  const binSeconds = binSecondsOf(range);
  const rows = binSeconds === null ? await listHealthSamples(db(), serviceId, since) : await listHealthSamplesBinned(db(), serviceId, since, binSeconds);
  return rows.map(toHealthSampleDto);
}

/** Everything a service page draws for one time range: samples, thresholds, baseline, markers, signals. */
export async function getServiceHealth(actor: Actor, serviceRef: string, range: HealthRange) {
  assertCan(actor, "services.read");
  const service = await loadServiceByRef(db(), serviceRef);
  const since = new Date(Date.now() - HEALTH_RANGE_MS[range]);
  const resolution = resolutionOf(range);

  const [sources, samples, thresholdRows, signals, changes, incidents] = await Promise.all([
    listHealthSourcesOfService(db(), service.id),
    samplesFor(service.id, range, since),
    listThresholdsOfServices(db(), [service.id]),
    listSignalsOfService(db(), service.id, since),
    listServiceChanges(db(), service.id, since),
    listIncidentsOfServiceSince(db(), service.id, since),
  ]);
  const thresholds = toThresholdsDto(thresholdRows[0] ?? null);
  const lastDeploy = changes.filter((change) => change.kind === "deploy").at(-1);
  const anchor = Math.max(lastDeploy?.at.getTime() ?? 0, ...incidents.map((row) => row.incident.detectedAt.getTime()));
  const baselineP95Ms = anchor > 0 ? await baselineP95For(service.id, anchor, thresholds.baselineMinutes) : null;

  return {
    service: { id: service.id, slug: service.slug, name: service.name },
    status: statusFromSources(sources, signals.filter((signal) => signal.clearedAt === null).length),
    range,
    resolution,
    sources: sources.map(toHealthSourceDto),
    samples,
    thresholds,
    baselineP95Ms,
    markers: [...changes.map(toHealthMarker), ...incidents.map((row) => toIncidentMarker(row.incident))].sort((a, b) => a.at.localeCompare(b.at)),
    signals: signals.map(toHealthSignalDto),
    currentVersion: [...samples].reverse().find((sample) => sample.version)?.version ?? null,
  };
}
