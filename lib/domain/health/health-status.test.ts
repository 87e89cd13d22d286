import { describe, expect, it } from "vitest";
import { availabilityPercent, serviceHealthStatus } from "./health-status";

describe("serviceHealthStatus", () => {
  it.each([
    ["unknown without sources", { hasSources: false, latestChecksOk: true, openBreaches: 2 }, "unknown"],
    ["unknown before the first collection", { hasSources: true, latestChecksOk: null, openBreaches: 0 }, "unknown"],
    ["down when the latest checks failed, even with breaches open", { hasSources: true, latestChecksOk: false, openBreaches: 3 }, "down"],
    ["degraded with an open breach", { hasSources: true, latestChecksOk: true, openBreaches: 1 }, "degraded"],
    ["healthy otherwise", { hasSources: true, latestChecksOk: true, openBreaches: 0 }, "healthy"],
  ] as const)("is %s", (_case, input, status) => {
    expect(serviceHealthStatus(input)).toBe(status);
  });
});

describe("availabilityPercent", () => {
  it("is the share of successful checks in percent", () => {
    expect(availabilityPercent([{ ok: true }, { ok: true }, { ok: false }, { ok: true }])).toBe(75);
    expect(availabilityPercent([{ ok: true }])).toBe(100);
    expect(availabilityPercent([{ ok: false }, { ok: false }])).toBe(0);
  });

  it("is null without checks", () => {
    expect(availabilityPercent([])).toBeNull();
  });
});
