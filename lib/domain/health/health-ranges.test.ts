import { describe, expect, it } from "vitest";
import { binSecondsOf, resolutionOf } from "./health-ranges";

describe("health ranges", () => {
  it("send every sample up to an hour, fold 6 h and 24 h to about 720 points a line, and use rollups beyond a day", () => {
    expect([binSecondsOf("15m"), binSecondsOf("1h")]).toEqual([null, null]);
    expect(binSecondsOf("6h")).toBe(30);
    expect(binSecondsOf("24h")).toBe(120);
    expect([resolutionOf("24h"), resolutionOf("7d"), resolutionOf("30d")]).toEqual(["raw", "minute", "minute"]);
    expect(binSecondsOf("7d")).toBeNull();
  });
});
