/**
 * The period a report covers, [from, to), and how its "over time" figures
 * are bucketed: by ISO week (Monday, UTC) up to 92 days, by calendar month
 * (UTC) beyond.
 */
export type BucketUnit = "week" | "month";
export type ReportRange = { from: Date; to: Date; bucket: BucketUnit };

const DAY_MS = 86_400_000;
export const WEEKLY_UP_TO_DAYS = 92;
export const DEFAULT_RANGE_DAYS = 365;
export const MAX_RANGE_DAYS = 3 * 366;

export function bucketUnitFor(from: Date, to: Date): BucketUnit {
  return to.getTime() - from.getTime() <= WEEKLY_UP_TO_DAYS * DAY_MS ? "week" : "month";
}

/** Start of the bucket holding `at`, as Postgres's `date_trunc(unit, at AT TIME ZONE 'UTC')`. */
export function bucketStart(at: Date, unit: BucketUnit): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  if (unit === "month") return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** Every bucket start from the one holding `from` to the one holding the last instant before `to`. */
export function bucketStarts(range: ReportRange): Date[] {
  const starts: Date[] = [];
  const last = bucketStart(new Date(range.to.getTime() - 1), range.bucket);
  for (let start = bucketStart(range.from, range.bucket); start <= last; start = nextBucket(start, range.bucket)) starts.push(start);
  return starts;
}

function nextBucket(start: Date, unit: BucketUnit): Date {
  if (unit === "week") return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** `YYYY-MM-DD` days as the report's range: `to` is inclusive, so the range ends at the next midnight (UTC). */
export function rangeFromDays(fromDay: string | undefined, toDay: string | undefined, now: Date): ReportRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const to = toDay ? Date.parse(`${toDay}T00:00:00Z`) + DAY_MS : today + DAY_MS;
  const from = fromDay ? Date.parse(`${fromDay}T00:00:00Z`) : to - DEFAULT_RANGE_DAYS * DAY_MS;
  return { from: new Date(from), to: new Date(to), bucket: bucketUnitFor(new Date(from), new Date(to)) };
}

export function rangeDays(range: Pick<ReportRange, "from" | "to">): number {
  return (range.to.getTime() - range.from.getTime()) / DAY_MS;
}

/** The inclusive last day of a range, for filters shown back to people. */
export function lastDayOf(range: Pick<ReportRange, "to">): string {
  return new Date(range.to.getTime() - DAY_MS).toISOString().slice(0, 10);
}
