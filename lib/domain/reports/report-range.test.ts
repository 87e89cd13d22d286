import { describe, expect, it } from "vitest";
import { bucketStart, bucketStarts, lastDayOf, rangeFromDays } from "./report-range";

describe("report ranges", () => {
  it("make `to` inclusive and default to the last 365 days", () => {
    const now = new Date("2026-05-15T13:00:00Z");
    expect(rangeFromDays("2026-01-01", "2026-01-31", now)).toEqual({ from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z"), bucket: "week" });
    const fallback = rangeFromDays(undefined, undefined, now);
    expect(fallback.to).toEqual(new Date("2026-05-16T00:00:00Z"));
    expect(fallback.from).toEqual(new Date("2025-05-16T00:00:00Z"));
    expect(fallback.bucket).toBe("month");
    expect(lastDayOf(fallback)).toBe("2026-05-15");
  });

  it("switch from weeks to months beyond 92 days", () => {
    expect(rangeFromDays("2026-01-01", "2026-04-02", new Date()).bucket).toBe("week");
    expect(rangeFromDays("2026-01-01", "2026-04-03", new Date()).bucket).toBe("month");
  });

  it("start weeks on Monday (UTC) and months on the 1st", () => {
    expect(bucketStart(new Date("2026-01-04T23:59:00Z"), "week")).toEqual(new Date("2025-12-29T00:00:00Z"));
    expect(bucketStart(new Date("2026-01-05T00:00:00Z"), "week")).toEqual(new Date("2026-01-05T00:00:00Z"));
    expect(bucketStart(new Date("2026-02-28T12:00:00Z"), "month")).toEqual(new Date("2026-02-01T00:00:00Z"));
  });

  it("list every month of a range, across a year end", () => {
    const starts = bucketStarts({ from: new Date("2025-11-15T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z"), bucket: "month" });
    expect(starts.map((start) => start.toISOString().slice(0, 7))).toEqual(["2025-11", "2025-12", "2026-01"]);
  });
});
