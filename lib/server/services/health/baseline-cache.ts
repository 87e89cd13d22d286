import "server-only";
import { db } from "../../db/client";
import { medianP95Between } from "../../queries/health-samples";

const REFRESH_MS = 30_000;
const cache = new Map<string, { key: string; value: number | null; computedAtMs: number }>();

/**
 * The median p95 over the window before the anchor. A median over thousands of
 * rows per service per second would dominate the tick, and the window is in
 * the past, so it is recomputed at most every 30 s (or when the anchor moves).
 */
export async function baselineP95For(serviceId: string, anchorMs: number, minutes: number): Promise<number | null> {
  const key = `${anchorMs}:${minutes}`;
  const cached = cache.get(serviceId);
  if (cached && cached.key === key && Date.now() - cached.computedAtMs < REFRESH_MS) return cached.value;
  const value = await medianP95Between(db(), serviceId, new Date(anchorMs - minutes * 60_000), new Date(anchorMs));
  cache.set(serviceId, { key, value, computedAtMs: Date.now() });
  return value;
}
