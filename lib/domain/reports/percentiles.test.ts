import { describe, expect, it } from "vitest";
import { percentileCont, ratio, roundSeconds } from "./percentiles";

describe("percentileCont (Postgres percentile_cont: linear between closest ranks)", () => {
  it("interpolates at p·(n−1), whatever the input order", () => {
    expect(percentileCont([40, 10, 30, 20], 0.5)).toBe(25);
    expect(percentileCont([10, 20, 30, 40], 0.9)).toBeCloseTo(37);
    expect(percentileCont([7], 0.9)).toBe(7);
  });

  it("has no value for no data", () => {
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it("rounds seconds and ratios consistently", () => {
    expect(roundSeconds(12.5)).toBe(13);
    expect(roundSeconds(null)).toBeNull();
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(1, 0)).toBeNull();
  });
});
