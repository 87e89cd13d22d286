import { describe, expect, it } from "vitest";
import { computeImpact, formatDuration, MONTHLY_BUDGET_MINUTES } from "./impact";

const at = (time: string) => new Date(`2026-11-22T${time}Z`);
const minute = (time: string, errorRate: number | null, requestRate: number | null = 10, ok = 60) => ({ minute: at(time), samples: 60, okSamples: ok, requestRate, errorRate });

describe("incident impact", () => {
  it("measures downtime from detection to restoration, falling back to resolution", () => {
    expect(computeImpact({ detectedAt: at("10:00:00"), restoredAt: at("10:42:00"), resolvedAt: at("11:30:00") }, []).downtimeMs).toBe(42 * 60_000);
    expect(computeImpact({ detectedAt: at("10:00:00"), restoredAt: null, resolvedAt: at("11:00:00") }, []).downtimeMs).toBe(60 * 60_000);
    expect(computeImpact({ detectedAt: at("10:00:00"), restoredAt: null, resolvedAt: null }, []).downtimeMs).toBeNull();
  });

  it("burns budget for minutes over the error threshold or mostly failing, inside the window only", () => {
    const impact = computeImpact({ detectedAt: at("10:00:30"), restoredAt: at("10:04:00"), resolvedAt: null }, [
      {
        serviceName: "checkout",
        errorRatePercent: 5,
        minutes: [minute("09:59:00", 0.5), minute("10:00:00", 0.2), minute("10:01:00", 0.05), minute("10:02:00", 0.01, null, 10), minute("10:03:00", 0.01), minute("10:04:00", 0.9)],
      },
    ]);
    const [checkout] = impact.services;
    expect(checkout).toMatchObject({ measuredMinutes: 4, badMinutes: 3 });
    // 10 req/s for 60 s in three minutes with a rate: 0.2 + 0.05 + 0.01 of 600 each.
    expect(checkout?.totalRequests).toBe(1800);
    expect(checkout?.failedRequests).toBe(156);
    expect(checkout?.budgetBurnedPercent).toBe(Math.round((3 / MONTHLY_BUDGET_MINUTES) * 1000) / 10);
    expect(MONTHLY_BUDGET_MINUTES).toBeCloseTo(43.2);
  });

  it("formats durations for people", () => {
    expect([formatDuration(45_000), formatDuration(12 * 60_000), formatDuration(60 * 60_000), formatDuration(83 * 60_000)]).toEqual(["45 s", "12 min", "1 h", "1 h 23 min"]);
  });
});
