import "server-only";
import { db } from "../../db/client";
import { rollUpHealthSamples } from "../../queries/health-samples";

/** Re-folds the last few whole minutes: late samples and a missed run are both covered by the overlap. */
const LOOKBACK_MINUTES = 5;

export async function rollUpRecentHealth(now = new Date()): Promise<{ rows: number }> {
  const end = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const start = new Date(end.getTime() - LOOKBACK_MINUTES * 60_000);
  return { rows: await rollUpHealthSamples(db(), start, end) };
}
