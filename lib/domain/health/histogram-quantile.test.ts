import { describe, expect, it } from "vitest";
import { histogramQuantile } from "./histogram-quantile";

// Cumulative: 10 observations ≤ 0.1 s, 10 more ≤ 0.2 s, 10 more ≤ 0.5 s, 10 above.
const BUCKETS = [
  { le: 0.1, count: 10 },
  { le: 0.2, count: 20 },
  { le: 0.5, count: 30 },
  { le: Infinity, count: 40 },
];

describe("histogramQuantile", () => {
  // The 0.1, 0.7 and 0.95 answers were checked with `promtool test rules` (Prometheus 2.42).
  it.each([
    [0.1, 0.04],
    [0.25, 0.1],
    [0.5, 0.2],
    [0.7, 0.44],
    [0.75, 0.5],
  ])("interpolates q=%s linearly inside its bucket: %s s", (q, expected) => {
    expect(histogramQuantile(q, BUCKETS)).toBeCloseTo(expected, 12);
  });

  it("answers the highest finite bound for a quantile in the +Inf bucket", () => {
    expect(histogramQuantile(0.95, BUCKETS)).toBe(0.5);
    expect(histogramQuantile(1, BUCKETS)).toBe(0.5);
  });

  it("interpolates from 0 inside the first bucket", () => {
    const buckets = [
      { le: 0.4, count: 100 },
      { le: Infinity, count: 100 },
    ];
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.2, 12);
  });

  it("answers the first bound when it is not above 0", () => {
    const buckets = [
      { le: 0, count: 5 },
      { le: 1, count: 10 },
      { le: Infinity, count: 10 },
    ];
    expect(histogramQuantile(0.2, buckets)).toBe(0);
  });

  it("sorts unsorted buckets and sums buckets of the same bound", () => {
    const shuffled = [BUCKETS[3], BUCKETS[1], BUCKETS[0], BUCKETS[2]].flatMap((bucket) => (bucket ? [bucket] : []));
    expect(histogramQuantile(0.7, shuffled)).toBeCloseTo(0.44, 12);
    const split = BUCKETS.flatMap((bucket) => [
      { le: bucket.le, count: bucket.count / 2 },
      { le: bucket.le, count: bucket.count / 2 },
    ]);
    expect(histogramQuantile(0.7, split)).toBeCloseTo(0.44, 12);
  });

  it("forces counts to never decrease, as a torn scrape can make them", () => {
    const torn = [
      { le: 0.1, count: 10 },
      { le: 0.2, count: 8 },
      { le: 0.5, count: 20 },
      { le: Infinity, count: 20 },
    ];
    // Read as 10, 10, 20, 20: rank 15 falls halfway into (0.2, 0.5].
    expect(histogramQuantile(0.75, torn)).toBeCloseTo(0.35, 12);
  });

  it.each([
    ["no buckets", 0.5, []],
    ["no observations", 0.5, BUCKETS.map((bucket) => ({ le: bucket.le, count: 0 }))],
    ["no +Inf bucket", 0.5, BUCKETS.slice(0, 3)],
    ["only the +Inf bucket", 0.5, [{ le: Infinity, count: 5 }]],
    ["q below 0", -0.1, BUCKETS],
    ["q above 1", 1.1, BUCKETS],
    ["q NaN", Number.NaN, BUCKETS],
    [
      "q = 0 over an empty first bucket",
      0,
      [
        { le: 0.1, count: 0 },
        { le: 0.2, count: 5 },
        { le: Infinity, count: 5 },
      ],
    ],
  ])("answers null for %s", (_case, q, buckets) => {
    expect(histogramQuantile(q, buckets)).toBeNull();
  });
});
