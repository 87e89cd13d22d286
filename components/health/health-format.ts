/** Figures as the health views print them; null is "no data", never zero. */

export const NO_DATA = "—";

/** `ratio` is 0..1, as samples carry it. */
export function formatErrorRate(ratio: number | null): string {
  return ratio === null ? NO_DATA : formatPercent(ratio * 100);
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return NO_DATA;
  // Two decimals below 1 %, where 0.04 % and 0.4 % are different stories; "5%" rather than "5.0%".
  return `${Number(percent.toFixed(percent > 0 && percent < 1 ? 2 : 1))}%`;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return NO_DATA;
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
}

export function formatRequestRate(perSecond: number | null): string {
  if (perSecond === null) return NO_DATA;
  return `${perSecond >= 100 ? Math.round(perSecond) : perSecond.toFixed(1)} req/s`;
}

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const clockWithSecondsFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

/** Axis ticks: seconds matter in the last quarter hour, days over a week. */
export function formatTick(ms: number, spanMs: number): string {
  if (spanMs > 2 * 24 * 60 * 60_000) return dayFormat.format(ms);
  return clockFormat.format(ms);
}

const dayAndClockFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** A moment on a chart: the time of day, with the date once it is more than a day ago. */
const MINUTE = 60_000;
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((minutes) => minutes * MINUTE);

/** Up to six ticks on round times (every 5 minutes, every hour, every day…) across the time axis. */
export function timeTicks(startMs: number, endMs: number, maxTicks = 6): number[] {
  const step = TICK_STEPS.find((candidate) => (endMs - startMs) / candidate <= maxTicks) ?? TICK_STEPS.at(-1) ?? MINUTE;
  // Round to the viewer's local clock, so "every hour" falls on the hour wherever they are.
  const offset = new Date(startMs).getTimezoneOffset() * MINUTE;
  const ticks: number[] = [];
  for (let tick = Math.ceil((startMs - offset) / step) * step + offset; tick <= endMs; tick += step) ticks.push(tick);
  return ticks;
}

/** Axis labels: the chart's title names the unit, so the ticks carry numbers only. */
export function formatAxisNumber(value: number): string {
  if (value >= 1000) return `${Number((value / 1000).toFixed(1))}k`;
  return String(Number(value.toFixed(value < 10 ? 1 : 0)));
}

export function formatClock(ms: number): string {
  return Math.abs(Date.now() - ms) < 24 * 60 * 60_000 ? clockWithSecondsFormat.format(ms) : dayAndClockFormat.format(ms);
}
