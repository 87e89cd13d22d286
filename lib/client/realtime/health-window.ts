import type { HealthMarker, HealthSample, HealthSignal } from "@/lib/client/schemas/health";

/*
 * A service's charts show the REST window with the pushed samples appended.
 * Pushes and the window overlap (a push may arrive while the window is being
 * fetched, and a refetch returns samples already pushed), so a sample is
 * identified by its source and time.
 */

export function sampleKey(sample: Pick<HealthSample, "sourceId" | "at">): string {
  return `${sample.sourceId ?? "rollup"}|${sample.at}`;
}

/**
 * The window and the pushes, each sample once, oldest first, nothing before
 * `sinceMs`. The window comes oldest first, as the API sends it; pushes are
 * nearly always newer, so only they are sorted (this runs on every push).
 * Both sides write times with toISOString, so the strings sort as the times.
 */
export function mergeSamples(
  window: readonly HealthSample[],
  pushed: readonly HealthSample[],
  sinceMs: number,
  windowKeys: ReadonlySet<string> = new Set(window.map(sampleKey)),
): HealthSample[] {
  const firstKept = window.findIndex((sample) => Date.parse(sample.at) >= sinceMs);
  const kept = firstKept === -1 ? [] : window.slice(firstKept);
  const pushedKeys = new Set<string>();
  const fresh: HealthSample[] = [];
  for (const sample of pushed) {
    const key = sampleKey(sample);
    if (windowKeys.has(key) || pushedKeys.has(key) || !(Date.parse(sample.at) >= sinceMs)) continue;
    pushedKeys.add(key);
    fresh.push(sample);
  }
  if (fresh.length === 0) return kept;
  fresh.sort(byTime);
  const lastKept = kept.at(-1);
  const firstFresh = fresh[0];
  if (!lastKept || !firstFresh || firstFresh.at >= lastKept.at) return [...kept, ...fresh];
  return [...kept, ...fresh].sort(byTime);
}

function byTime(a: HealthSample, b: HealthSample): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/**
 * Pushed samples still worth keeping: not yet part of the fetched window and
 * inside the range. Keeps the list of pushes short between refetches.
 */
export function pendingPushes(pushed: readonly HealthSample[], windowKeys: ReadonlySet<string>, sinceMs: number): HealthSample[] {
  return pushed.filter((sample) => !windowKeys.has(sampleKey(sample)) && Date.parse(sample.at) >= sinceMs);
}

/** A signal pushed when it opens and again when it clears: the later state replaces the earlier. */
export function upsertSignal(signals: readonly HealthSignal[], signal: HealthSignal): HealthSignal[] {
  const others = signals.filter((existing) => existing.id !== signal.id);
  return [...others, signal].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

export function mergeSignals(window: readonly HealthSignal[], pushed: readonly HealthSignal[]): HealthSignal[] {
  return pushed.reduce<HealthSignal[]>((signals, signal) => upsertSignal(signals, signal), [...window]);
}

function markerKey(marker: HealthMarker): string {
  return `${marker.kind}|${marker.at}|${marker.label}`;
}

/** Deploy, rollback and incident markers, each once, oldest first, nothing before `sinceMs`. */
export function mergeMarkers(window: readonly HealthMarker[], pushed: readonly HealthMarker[], sinceMs: number): HealthMarker[] {
  const byKey = new Map<string, HealthMarker>();
  for (const marker of [...window, ...pushed]) if (Date.parse(marker.at) >= sinceMs) byKey.set(markerKey(marker), marker);
  return [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
}
