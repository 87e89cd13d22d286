import { describe, expect, it } from "vitest";
import { baselineP95, consecutiveFailures, DEFAULT_THRESHOLDS, evaluateHealth, unavailableMinutes, updateThresholdsSchema, type HealthEvaluationInput } from "./thresholds";

const MINUTE = 60_000;

describe("DEFAULT_THRESHOLDS", () => {
  it("are the seeds' triggers with a 30-minute baseline", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ errorRatePercent: 5, p95IncreasePercent: 50, unavailableMinutes: 5, failedChecks: 3, baselineMinutes: 30 });
  });
});

describe("updateThresholdsSchema", () => {
  it("accepts a version with any one change, at the edges of each range", () => {
    const edges = [{ errorRatePercent: 100 }, { p95IncreasePercent: 1000 }, { unavailableMinutes: 1440 }, { failedChecks: 1 }, { failedChecks: 100 }, { baselineMinutes: 1 }, { baselineMinutes: 1440 }, { errorRatePercent: 0.1 }, { declareIncident: false }, { autoRollback: true }];
    for (const change of edges) expect(updateThresholdsSchema.safeParse({ version: 1, ...change }).success, JSON.stringify(change)).toBe(true);
  });

  it("refuses a request that changes nothing, naming what it could change", () => {
    const result = updateThresholdsSchema.safeParse({ version: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("give at least one of errorRatePercent, p95IncreasePercent, unavailableMinutes, failedChecks, baselineMinutes, declareIncident, autoRollback");
  });

  it.each([
    ["a missing version", { errorRatePercent: 5 }, "version"],
    ["version 0", { version: 0, errorRatePercent: 5 }, "version"],
    ["a fractional version", { version: 1.5, errorRatePercent: 5 }, "version"],
    ["an error rate of 0", { version: 1, errorRatePercent: 0 }, "errorRatePercent"],
    ["an error rate over 100", { version: 1, errorRatePercent: 100.5 }, "errorRatePercent"],
    ["a p95 increase of 0", { version: 1, p95IncreasePercent: 0 }, "p95IncreasePercent"],
    ["a p95 increase over 1000", { version: 1, p95IncreasePercent: 1001 }, "p95IncreasePercent"],
    ["a negative unavailability", { version: 1, unavailableMinutes: -1 }, "unavailableMinutes"],
    ["an unavailability over a day", { version: 1, unavailableMinutes: 1441 }, "unavailableMinutes"],
    ["0 failed checks", { version: 1, failedChecks: 0 }, "failedChecks"],
    ["a fractional failed-check count", { version: 1, failedChecks: 2.5 }, "failedChecks"],
    ["101 failed checks", { version: 1, failedChecks: 101 }, "failedChecks"],
    ["a 0-minute baseline", { version: 1, baselineMinutes: 0 }, "baselineMinutes"],
    ["a baseline over a day", { version: 1, baselineMinutes: 1441 }, "baselineMinutes"],
    ["a string threshold", { version: 1, errorRatePercent: "5" }, "errorRatePercent"],
    ["a non-boolean policy", { version: 1, autoRollback: "yes" }, "autoRollback"],
  ])("refuses %s, naming the field", (_case, input, field) => {
    const result = updateThresholdsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});

describe("baselineP95", () => {
  const anchorMs = 100 * MINUTE;
  const at = (minutesBefore: number, p95Ms: number | null) => ({ atMs: anchorMs - minutesBefore * MINUTE, p95Ms });

  it("is the median p95 of the window before the anchor", () => {
    expect(baselineP95([at(1, 300), at(2, 100), at(3, 200)], anchorMs, 30)).toBe(200);
    expect(baselineP95([at(1, 300), at(2, 100), at(3, 200), at(4, 1000)], anchorMs, 30)).toBe(250);
  });

  it("includes the window's start and excludes the anchor itself", () => {
    expect(baselineP95([at(30, 100), at(10, 100), at(5, 100), at(0, 9_000)], anchorMs, 30)).toBe(100);
    expect(baselineP95([at(30.01, 9_000), at(10, 100), at(5, 100), at(1, 100)], anchorMs, 30)).toBe(100);
  });

  it("skips samples without a p95", () => {
    expect(baselineP95([at(1, null), at(2, 100), at(3, 120), at(4, 140), at(5, null)], anchorMs, 30)).toBe(120);
  });

  it("is null with fewer than 3 p95 figures in the window", () => {
    expect(baselineP95([], anchorMs, 30)).toBeNull();
    expect(baselineP95([at(1, 100), at(2, null), at(3, 120), at(45, 110)], anchorMs, 30)).toBeNull();
  });
});

describe("unavailableMinutes and consecutiveFailures", () => {
  const check = (minute: number, ok: boolean) => ({ atMs: minute * MINUTE, ok });

  it("are 0 without checks or when the latest check passed", () => {
    expect(unavailableMinutes([], 10 * MINUTE)).toBe(0);
    expect(consecutiveFailures([])).toBe(0);
    const recovered = [check(1, false), check(2, false), check(3, true)];
    expect(unavailableMinutes(recovered, 10 * MINUTE)).toBe(0);
    expect(consecutiveFailures(recovered)).toBe(0);
  });

  it("count from the first failure of the run the checks end with", () => {
    const checks = [check(0, false), check(1, true), check(2, false), check(3, false), check(4, false)];
    expect(unavailableMinutes(checks, 7.5 * MINUTE)).toBe(5.5);
    expect(consecutiveFailures(checks)).toBe(3);
  });

  it("order the checks by time first", () => {
    const checks = [check(4, false), check(1, true), check(3, false), check(2, false)];
    expect(unavailableMinutes(checks, 5 * MINUTE)).toBe(3);
    expect(consecutiveFailures(checks)).toBe(3);
  });

  it("count a service that never answered from its first check", () => {
    expect(unavailableMinutes([check(2, false), check(3, false)], 8 * MINUTE)).toBe(6);
  });
});

describe("evaluateHealth", () => {
  const calm: HealthEvaluationInput = { thresholds: DEFAULT_THRESHOLDS, latest: { errorRate: 0.01, p95Ms: 210 }, baselineP95Ms: 200, unavailableMinutes: 0, consecutiveFailedChecks: 0 };
  const evaluate = (change: Partial<HealthEvaluationInput>) => evaluateHealth({ ...calm, ...change });

  it("finds nothing when every figure is within its threshold", () => {
    expect(evaluateHealth(calm)).toEqual([]);
  });

  it("finds nothing without figures", () => {
    expect(evaluate({ latest: { errorRate: null, p95Ms: null }, baselineP95Ms: null })).toEqual([]);
  });

  describe("error rate", () => {
    it("is not breached at exactly the threshold", () => {
      expect(evaluate({ latest: { errorRate: 0.05, p95Ms: 210 } })).toEqual([]);
      // 0.07 × 100 is 7.000000000000001 in floating point.
      expect(evaluate({ latest: { errorRate: 0.07, p95Ms: 210 }, thresholds: { ...DEFAULT_THRESHOLDS, errorRatePercent: 7 } })).toEqual([]);
    });

    it("is breached just over the threshold, in percent, with a high severity", () => {
      expect(evaluate({ latest: { errorRate: 0.051, p95Ms: 210 } })).toEqual([{ kind: "error_rate", message: "error rate 5.1% > 5%", value: 5.1, threshold: 5, suggestedSeverity: "high" }]);
    });

    it("reads as the lead's integration test expects", () => {
      const [breach] = evaluate({ latest: { errorRate: 0.1234, p95Ms: 210 } });
      expect(breach?.message).toMatch(/^error rate \d+(\.\d)?% > 5%$/);
      expect(breach?.message).toBe("error rate 12.3% > 5%");
    });

    it("is critical from five times the threshold", () => {
      expect(evaluate({ latest: { errorRate: 0.249, p95Ms: 210 } })[0]?.suggestedSeverity).toBe("high");
      expect(evaluate({ latest: { errorRate: 0.25, p95Ms: 210 } })[0]?.suggestedSeverity).toBe("critical");
    });

    it("uses the service's own threshold", () => {
      const thresholds = { ...DEFAULT_THRESHOLDS, errorRatePercent: 1 };
      expect(evaluate({ thresholds, latest: { errorRate: 0.02, p95Ms: 210 } })).toEqual([{ kind: "error_rate", message: "error rate 2% > 1%", value: 2, threshold: 1, suggestedSeverity: "high" }]);
    });
  });

  describe("latency regression", () => {
    it("is not breached at exactly 50 % over the baseline", () => {
      expect(evaluate({ latest: { errorRate: 0, p95Ms: 300 } })).toEqual([]);
    });

    it("is breached just over, valued as the regression in percent", () => {
      expect(evaluate({ latest: { errorRate: 0, p95Ms: 301 } })).toEqual([
        { kind: "latency_regression", message: "p95 301 ms is 50.5% worse than the 200 ms baseline (> 50%)", value: 50.5, threshold: 50, suggestedSeverity: "high" },
      ]);
    });

    it("needs a baseline", () => {
      expect(evaluate({ latest: { errorRate: 0, p95Ms: 5_000 }, baselineP95Ms: null })).toEqual([]);
      expect(evaluate({ latest: { errorRate: 0, p95Ms: 5_000 }, baselineP95Ms: 0 })).toEqual([]);
    });
  });

  describe("unavailability", () => {
    it("is not breached at exactly 5 minutes and critical just over", () => {
      expect(evaluate({ unavailableMinutes: 5 })).toEqual([]);
      expect(evaluate({ unavailableMinutes: 5.1 })).toEqual([{ kind: "unavailable", message: "unavailable for 5.1 min > 5 min", value: 5.1, threshold: 5, suggestedSeverity: "critical" }]);
    });
  });

  describe("failed health checks", () => {
    it("is breached from the third consecutive failure", () => {
      expect(evaluate({ consecutiveFailedChecks: 2 })).toEqual([]);
      expect(evaluate({ consecutiveFailedChecks: 3 })).toEqual([{ kind: "failed_health_checks", message: "3 consecutive failed health checks (≥ 3)", value: 3, threshold: 3, suggestedSeverity: "high" }]);
    });
  });

  it("reports every breached threshold at once", () => {
    const breaches = evaluate({ latest: { errorRate: 0.5, p95Ms: 900 }, unavailableMinutes: 6, consecutiveFailedChecks: 4 });
    expect(breaches.map((breach) => [breach.kind, breach.suggestedSeverity])).toEqual([
      ["error_rate", "critical"],
      ["latency_regression", "high"],
      ["unavailable", "critical"],
      ["failed_health_checks", "high"],
    ]);
  });
});
