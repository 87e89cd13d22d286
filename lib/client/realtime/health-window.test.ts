import { describe, expect, it } from "vitest";
import type { HealthMarker, HealthSample, HealthSignal } from "@/lib/client/schemas/health";
import { mergeMarkers, mergeSamples, mergeSignals, pendingPushes, sampleKey } from "./health-window";

const T0 = Date.parse("2026-11-22T10:00:00.000Z");

function sample(sourceId: string | null, secondsAfterT0: number, errorRate = 0.01): HealthSample {
  return {
    sourceId,
    at: new Date(T0 + secondsAfterT0 * 1000).toISOString(),
    ok: true,
    requestRate: 10,
    errorRate,
    p95Ms: 120,
    latencyMs: null,
    version: "1.4.2",
    error: null,
  };
}

function signal(id: string, clearedAt: string | null): HealthSignal {
  return {
    id,
    serviceId: "svc",
    kind: "error_rate",
    message: "Error rate 8.0% is above 5%",
    severity: "high",
    value: 8,
    threshold: 5,
    openedAt: new Date(T0).toISOString(),
    clearedAt,
    incident: null,
  };
}

describe("mergeSamples", () => {
  it("keeps one sample per source and time when a push repeats a fetched sample", () => {
    const window = [sample("a", 0), sample("a", 1)];
    const pushed = [sample("a", 1, 0.5), sample("a", 2)];
    const merged = mergeSamples(window, pushed, T0);
    expect(merged.map(sampleKey)).toEqual([sampleKey(sample("a", 0)), sampleKey(sample("a", 1)), sampleKey(sample("a", 2))]);
    // The fetched copy wins: it is what the database holds.
    expect(merged[1]?.errorRate).toBe(0.01);
  });

  it("puts a late push between the window's samples, where its time belongs", () => {
    const merged = mergeSamples([sample("a", 10), sample("b", 30)], [sample("c", 20)], T0);
    expect(merged.map((entry) => entry.sourceId)).toEqual(["a", "c", "b"]);
  });

  it("keeps samples of different sources taken at the same moment", () => {
    expect(mergeSamples([sample("a", 5)], [sample("b", 5)], T0)).toHaveLength(2);
  });

  it("orders by time whatever order the pushes came in, and drops what fell out of the range", () => {
    const merged = mergeSamples([sample("a", 10)], [sample("a", 30), sample("a", 20), sample("a", 1)], T0 + 5_000);
    expect(merged.map((entry) => entry.at)).toEqual([sample("a", 10).at, sample("a", 20).at, sample("a", 30).at]);
  });
});

describe("pendingPushes", () => {
  it("forgets pushes the fetched window now holds and pushes older than the range", () => {
    const windowKeys = new Set([sampleKey(sample("a", 10))]);
    const kept = pendingPushes([sample("a", 1), sample("a", 10), sample("a", 11)], windowKeys, T0 + 5_000);
    expect(kept.map(sampleKey)).toEqual([sampleKey(sample("a", 11))]);
  });
});

describe("mergeSignals", () => {
  it("replaces an open signal by its cleared state and adds new ones", () => {
    const cleared = new Date(T0 + 60_000).toISOString();
    const merged = mergeSignals([signal("s1", null)], [signal("s2", null), signal("s1", cleared)]);
    expect(merged).toHaveLength(2);
    expect(merged.find((entry) => entry.id === "s1")?.clearedAt).toBe(cleared);
  });
});

describe("mergeMarkers", () => {
  it("lists a marker once even when both the window and a push carry it", () => {
    const deploy: HealthMarker = { kind: "deploy", at: new Date(T0 + 1_000).toISOString(), label: "Deploy 1.5.0", href: null };
    const rollback: HealthMarker = { kind: "rollback", at: new Date(T0 + 9_000).toISOString(), label: "Rollback to 1.4.2", href: null };
    expect(mergeMarkers([deploy], [deploy, rollback], T0)).toEqual([deploy, rollback]);
  });
});
