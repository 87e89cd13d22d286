import { figuresBetween } from "./scrape-figures";
import { deserializeSnapshot, serializeSnapshot, type ScrapeSnapshot } from "./scrape-snapshot";

/**
 * What a source's next collection needs from the earlier ones, stored with the
 * source (so collection can move between instances without a reset):
 * the last scrape, a short trail of older scrapes for windowed rates, and
 * since when the source has been failing.
 */
export type SourceCarry = { last: ScrapeSnapshot | null; trail: ScrapeSnapshot[]; failingSinceMs: number | null };

/** Thresholds are judged over this window, so one unlucky second of 20 requests cannot raise a signal. */
export const EVALUATION_WINDOW_MS = 10_000;
const TRAIL_SPACING_MS = 2_000;

export const EMPTY_CARRY: SourceCarry = { last: null, trail: [], failingSinceMs: null };

export function readCarry(json: unknown): SourceCarry {
  if (typeof json !== "object" || json === null) return EMPTY_CARRY;
  const record = json as { last?: unknown; trail?: unknown; failingSinceMs?: unknown };
  const trail = Array.isArray(record.trail) ? record.trail.map(deserializeSnapshot).filter((snapshot): snapshot is ScrapeSnapshot => snapshot !== null) : [];
  return {
    last: deserializeSnapshot(record.last),
    trail,
    failingSinceMs: typeof record.failingSinceMs === "number" ? record.failingSinceMs : null,
  };
}

export function writeCarry(carry: SourceCarry) {
  return { last: carry.last ? serializeSnapshot(carry.last) : null, trail: carry.trail.map(serializeSnapshot), failingSinceMs: carry.failingSinceMs };
}

/** The carry after one collection: a failure keeps the counters (the next success spans the gap) and starts the failure clock. */
export function advanceCarry(previous: SourceCarry, outcome: { ok: boolean; snapshot?: ScrapeSnapshot }, nowMs: number, windowMs = EVALUATION_WINDOW_MS): SourceCarry {
  if (!outcome.ok) return { ...previous, failingSinceMs: previous.failingSinceMs ?? nowMs };
  if (!outcome.snapshot) return { ...previous, failingSinceMs: null };
  const snapshot = outcome.snapshot;
  const newest = previous.trail.at(-1);
  const grown = !newest || snapshot.atMs - newest.atMs >= TRAIL_SPACING_MS ? [...previous.trail, snapshot] : previous.trail;
  // Keep the newest entry that is at least a window old, and everything after it.
  const firstNeeded = grown.findLastIndex((entry) => snapshot.atMs - entry.atMs >= windowMs);
  return { last: snapshot, trail: grown.slice(Math.max(0, firstNeeded)), failingSinceMs: null };
}

/** Rates over the evaluation window ending at the carry's last scrape; null figures until two scrapes exist. */
export function windowFigures(carry: SourceCarry, windowMs = EVALUATION_WINDOW_MS) {
  const current = carry.last;
  if (!current) return { requestRate: null, errorRate: null, p95Ms: null };
  const start = carry.trail.findLast((entry) => current.atMs - entry.atMs >= windowMs) ?? carry.trail.find((entry) => entry.atMs < current.atMs) ?? null;
  return figuresBetween(start, current);
}
