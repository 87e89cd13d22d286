import { describe, expect, it } from "vitest";
import { figuresBetween } from "./scrape-figures";
import type { LatencyBucket, ScrapeSnapshot } from "./scrape-snapshot";

function snapshot(atMs: number, requests: number, errors: number, buckets: LatencyBucket[] = []): ScrapeSnapshot {
  return { atMs, requests, errors, buckets, latencyCount: buckets.at(-1)?.count ?? 0, version: "1.0.0" };
}

const buckets = (below100ms: number, below500ms: number, total: number): LatencyBucket[] => [
  { le: 0.1, count: below100ms },
  { le: 0.5, count: below500ms },
  { le: Infinity, count: total },
];

describe("figuresBetween", () => {
  it("has no figures without a previous scrape", () => {
    expect(figuresBetween(null, snapshot(10_000, 500, 20, buckets(100, 400, 500)))).toEqual({ requestRate: null, errorRate: null, p95Ms: null, counterReset: false });
  });

  it("works out the request rate per second and the error ratio of the interval", () => {
    const figures = figuresBetween(snapshot(0, 100, 5), snapshot(10_000, 300, 25));
    expect(figures.requestRate).toBe(20);
    expect(figures.errorRate).toBe(0.1);
    expect(figures.counterReset).toBe(false);
  });

  it("works out p95 in milliseconds from the buckets' increases, not their totals", () => {
    // Increases: 100 ≤ 0.1 s, 200 ≤ 0.5 s, 200 in all; rank 190 is 90 of the 100 in (0.1, 0.5].
    const figures = figuresBetween(snapshot(0, 100, 0, buckets(50, 90, 100)), snapshot(5_000, 300, 0, buckets(150, 290, 300)));
    expect(figures.p95Ms).toBeCloseTo(460, 9);
  });

  it("has no error ratio and no p95 when no request came in the interval", () => {
    const figures = figuresBetween(snapshot(0, 100, 5, buckets(50, 90, 100)), snapshot(5_000, 100, 5, buckets(50, 90, 100)));
    expect(figures).toEqual({ requestRate: 0, errorRate: null, p95Ms: null, counterReset: false });
  });

  it("has no p95 for a service without a latency histogram", () => {
    expect(figuresBetween(snapshot(0, 10, 0), snapshot(1_000, 20, 0)).p95Ms).toBeNull();
  });

  it.each([
    ["at the same moment", 5_000],
    ["going back in time", 4_000],
  ])("has no figures for scrapes %s", (_case, currentAtMs) => {
    expect(figuresBetween(snapshot(5_000, 10, 0), snapshot(currentAtMs, 20, 5))).toEqual({ requestRate: null, errorRate: null, p95Ms: null, counterReset: false });
  });

  describe("counter resets (the target restarted)", () => {
    it("takes the current values as the increase, as PromQL does", () => {
      const figures = figuresBetween(snapshot(0, 1_000, 100, buckets(500, 900, 1_000)), snapshot(5_000, 50, 10, buckets(0, 40, 50)));
      expect(figures.counterReset).toBe(true);
      expect(figures.requestRate).toBe(10);
      expect(figures.errorRate).toBe(0.2);
      // 0 ≤ 0.1 s, 40 ≤ 0.5 s, 50 in all: rank 47.5 falls in the +Inf bucket.
      expect(figures.p95Ms).toBe(500);
    });

    it("is noticed when only the error counter went down", () => {
      const figures = figuresBetween(snapshot(0, 100, 30), snapshot(1_000, 120, 2));
      expect(figures.counterReset).toBe(true);
      expect(figures.requestRate).toBe(120);
      expect(figures.errorRate).toBeCloseTo(2 / 120, 12);
    });

    it("is noticed when only a latency bucket went down", () => {
      expect(figuresBetween(snapshot(0, 100, 0, buckets(50, 90, 100)), snapshot(1_000, 200, 0, buckets(40, 190, 200))).counterReset).toBe(true);
    });

    it("is noticed when the bucket bounds changed", () => {
      const redeployed: LatencyBucket[] = [
        { le: 0.25, count: 150 },
        { le: 1, count: 190 },
        { le: Infinity, count: 200 },
      ];
      const figures = figuresBetween(snapshot(0, 100, 0, buckets(50, 90, 100)), snapshot(10_000, 200, 0, redeployed));
      expect(figures.counterReset).toBe(true);
      expect(figures.requestRate).toBe(20);
      expect(figures.p95Ms).toBe(1_000);
    });

    it("is noticed when a bucket bound was added", () => {
      const more: LatencyBucket[] = [{ le: 0.05, count: 10 }, ...buckets(150, 290, 300)];
      expect(figuresBetween(snapshot(0, 100, 0, buckets(50, 90, 100)), snapshot(1_000, 300, 0, more)).counterReset).toBe(true);
    });

    it("is not a reset when the histogram shows up with its first observations", () => {
      const figures = figuresBetween(snapshot(0, 0, 0), snapshot(1_000, 10, 0, buckets(10, 10, 10)));
      expect(figures.counterReset).toBe(false);
      expect(figures.p95Ms).toBeCloseTo(95, 9);
    });
  });

  describe("missed scrapes and long gaps", () => {
    it("averages over the whole time since the last successful scrape", () => {
      // Three 5 s scrapes failed: the figures span the 20 s since the last good one.
      const figures = figuresBetween(snapshot(0, 1_000, 0), snapshot(20_000, 1_400, 40));
      expect(figures.requestRate).toBe(20);
      expect(figures.errorRate).toBe(0.1);
    });

    it("dilutes a spike inside a ten-minute gap instead of inventing figures", () => {
      const figures = figuresBetween(snapshot(0, 0, 0), snapshot(600_000, 600, 60));
      expect(figures.requestRate).toBe(1);
      expect(figures.errorRate).toBe(0.1);
    });
  });
});
