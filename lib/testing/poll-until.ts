import { setTimeout as delay } from "node:timers/promises";

/**
 * Checks a condition until it holds or the deadline passes, for figures that
 * only exist as HTTP answers (counters, query results) and push no event.
 * Resolves with the first value `check` returns that is not undefined.
 */
export async function pollUntil<T>(
  description: string,
  check: () => Promise<T | undefined> | T | undefined,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const { timeoutMs = 20_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `; last error: ${lastError.message}` : "";
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${reason}`);
    }
    await delay(intervalMs);
  }
}
