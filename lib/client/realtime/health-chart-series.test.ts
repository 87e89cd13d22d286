import { describe, expect, it } from "vitest";
import type { HealthSample, HealthSource } from "@/lib/client/schemas/health";
import { availabilitySeries, latestPoint, metricSeries } from "./health-chart-series";

const T0 = Date.parse("2026-11-22T10:00:00.000Z");

function source(id: string, kind: HealthSource["kind"], intervalSeconds = 1): HealthSource {
  return { id, serviceId: "svc", name: `Source ${id}`, kind, config: {}, intervalSeconds, enabled: true, lastCollectedAt: null, lastError: null, consecutiveFailures: 0, version: 1 };
}

function sample(sourceId: string | null, seconds: number, figures: Partial<HealthSample> = {}): HealthSample {
  return { sourceId, at: new Date(T0 + seconds * 1000).toISOString(), ok: true, requestRate: 20, errorRate: 0.01, p95Ms: 90, latencyMs: null, version: "2.8.1", error: null, ...figures };
}

const SCRAPE = source("scrape", "prometheus_scrape");
const PROBE = source("probe", "http_probe");

describe("metricSeries", () => {
  it("draws one line per source that reports the figure, scaled, and none for a probe", () => {
    const samples = [sample("scrape", 0, { errorRate: 0.02 }), sample("probe", 0, { errorRate: null, p95Ms: null, requestRate: null, latencyMs: 3 })];
    const series = metricSeries(samples, [SCRAPE, PROBE], "errorRate", { scale: 100 });
    expect(series).toEqual([{ key: "scrape", name: "Source scrape", points: [{ t: T0, v: 2 }] }]);
  });

  it("breaks the line at a failed collection and where the source went quiet", () => {
    const samples = [sample("scrape", 0), sample("scrape", 1, { ok: false, errorRate: null }), sample("scrape", 2), sample("scrape", 60)];
    const values = metricSeries(samples, [SCRAPE], "errorRate").flatMap((entry) => entry.points.map((point) => point.v));
    expect(values).toEqual([0.01, null, 0.01, null, 0.01]);
  });

  it("does not break the line between the fetched window and the first pushes after it", () => {
    const samples = [sample("scrape", 0), sample("scrape", 60)];
    const points = metricSeries(samples, [SCRAPE], "errorRate", { junctionMs: T0 })[0]?.points;
    expect(points?.map((point) => point.v)).toEqual([0.01, 0.01]);
  });

  it("thins a long series out, keeping a bucket's worst error rate", () => {
    const samples = Array.from({ length: 2000 }, (_, index) => sample("scrape", index, { errorRate: index === 1000 ? 0.5 : 0.01 }));
    const points = metricSeries(samples, [SCRAPE], "errorRate", { scale: 100 })[0]?.points ?? [];
    expect(points.length).toBeLessThanOrEqual(720);
    expect(Math.max(...points.map((point) => point.v ?? 0))).toBe(50);
  });
});

describe("availabilitySeries", () => {
  it("judges a service with probes by its probes only", () => {
    const samples = [sample("probe", 0, { ok: false }), sample("probe", 1), sample("scrape", 0), sample("scrape", 1)];
    const { overallPercent } = availabilitySeries(samples, [PROBE, SCRAPE], T0 - 60_000, T0 + 60_000);
    expect(overallPercent).toBe(50);
  });

  it("says nothing, rather than 0 %, without checks", () => {
    expect(availabilitySeries([], [PROBE], T0, T0 + 60_000)).toEqual({ points: [], overallPercent: null });
  });
});

describe("latestPoint", () => {
  it("is the newest figure of any line, skipping breaks", () => {
    const series = metricSeries([sample("scrape", 0, { errorRate: 0.03 }), sample("scrape", 1, { ok: false, errorRate: null })], [SCRAPE], "errorRate", { scale: 100 });
    expect(latestPoint(series)).toEqual({ t: T0, v: 3 });
  });
});
