import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { serviceHealthQueryKey, useServiceHealthQuery } from "@/lib/client/queries/useServiceHealthQuery";
import {
  healthSampleEventSchema,
  healthSignalEventSchema,
  serviceChangeEventSchema,
  type HealthMarker,
  type HealthSample,
  type HealthSignal,
  type HealthStatus,
  type ServiceHealth,
} from "@/lib/client/schemas/health";
import { useRoom } from "@/lib/client/socket";
import { useNow } from "@/lib/client/use-now";
import { HEALTH_RANGE_MS, resolutionOf, type HealthRange } from "@/lib/domain/health/health-ranges";
import { mergeMarkers, mergeSamples, mergeSignals, pendingPushes, sampleKey } from "./health-window";
import { useRefetchOnReconnect } from "./useRefetchOnReconnect";

type Received<T> = { value: T; receivedAt: number };

type Pushes = {
  samples: HealthSample[];
  signals: Received<HealthSignal>[];
  markers: HealthMarker[];
  status: Received<HealthStatus> | null;
  /** Signals first heard of through a push, not in the window fetched before: these are announced. */
  newSignalIds: string[];
};

const NO_PUSHES: Pushes = { samples: [], signals: [], markers: [], status: null, newSignalIds: [] };

export type LiveServiceHealth = ServiceHealth & {
  newSignalIds: ReadonlySet<string>;
  /** The newest sample the fetched window held: later ones were pushed. */
  windowEndMs: number | null;
};

/**
 * A service's health for one range, kept current: the REST window (fetched
 * again after every reconnect, since pushes sent meanwhile are lost) with
 * the pushed samples, signals and deploy markers merged in. `serviceRef` is
 * what the queries are keyed by (id or slug), `serviceId` the uuid the room
 * is named by. `nowMs` advances each second so the time axis moves even when
 * no sample arrives (a silent service shows as a gap at the right).
 */
export function useLiveServiceHealth(serviceRef: string, serviceId: string, range: HealthRange) {
  const queryClient = useQueryClient();
  const query = useServiceHealthQuery(serviceRef, range);
  useRefetchOnReconnect(serviceHealthQueryKey(serviceRef));
  const [pushes, setPushes] = useState<Pushes>(NO_PUSHES);
  const nowMs = useNow(1000);
  const window = query.data;
  const windowKeys = useMemo(() => new Set(window?.samples.map(sampleKey)), [window]);

  const joinError = useRoom(
    { kind: "service", id: serviceId },
    {
      "health:sample": (payload) => {
        const parsed = healthSampleEventSchema.safeParse(payload);
        if (!parsed.success || parsed.data.serviceId !== serviceId) return;
        const { sample, status } = parsed.data;
        const sinceMs = Date.now() - HEALTH_RANGE_MS[range];
        setPushes((previous) => ({
          ...previous,
          status: { value: status, receivedAt: Date.now() },
          // The per-minute ranges draw no pushed samples; the newest still tells the current version.
          samples: resolutionOf(range) === "minute" ? [sample] : [...pendingPushes(previous.samples, windowKeys, sinceMs), sample],
        }));
      },
      "health:signal": (payload) => {
        const parsed = healthSignalEventSchema.safeParse(payload);
        if (!parsed.success || parsed.data.serviceId !== serviceId) return;
        const { signal } = parsed.data;
        const known = window?.signals.some((existing) => existing.id === signal.id) ?? true;
        setPushes((previous) => ({
          ...previous,
          signals: [...previous.signals.filter((entry) => entry.value.id !== signal.id), { value: signal, receivedAt: Date.now() }],
          newSignalIds: known || previous.newSignalIds.includes(signal.id) ? previous.newSignalIds : [...previous.newSignalIds, signal.id],
        }));
      },
      "service:change": (payload) => {
        const parsed = serviceChangeEventSchema.safeParse(payload);
        if (!parsed.success || parsed.data.serviceId !== serviceId) return;
        setPushes((previous) => ({ ...previous, markers: [...previous.markers, parsed.data.marker] }));
        // A deploy or rollback moves the p95 baseline's anchor: only the server can work the new one out.
        void queryClient.invalidateQueries({ queryKey: serviceHealthQueryKey(serviceRef) });
      },
    },
  );

  const health = useMemo((): LiveServiceHealth | undefined => {
    if (!window) return undefined;
    const sinceMs = nowMs - HEALTH_RANGE_MS[window.range];
    const fresher = <T,>(entry: Received<T>) => entry.receivedAt > query.dataUpdatedAt;
    // Pushes are raw samples; the long ranges draw 1-minute rollups and are refetched instead.
    const samples = window.resolution === "raw" ? mergeSamples(window.samples, pushes.samples, sinceMs, windowKeys) : window.samples;
    return {
      ...window,
      status: pushes.status && fresher(pushes.status) ? pushes.status.value : window.status,
      samples,
      // Rollups carry no version, but the pushed raw samples do, whatever the range.
      currentVersion: [...samples, ...pushes.samples].findLast((sample) => sample.version !== null)?.version ?? window.currentVersion,
      signals: mergeSignals(window.signals, pushes.signals.filter(fresher).map((entry) => entry.value)),
      markers: mergeMarkers(window.markers, pushes.markers, sinceMs),
      newSignalIds: new Set(pushes.newSignalIds),
      windowEndMs: window.samples.length > 0 ? Date.parse(window.samples.at(-1)?.at ?? "") : null,
    };
  }, [window, windowKeys, pushes, nowMs, query.dataUpdatedAt]);

  return { query, health, nowMs, joinError };
}
