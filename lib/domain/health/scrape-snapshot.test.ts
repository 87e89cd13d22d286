import { describe, expect, it } from "vitest";
import { parsePrometheusText, type MetricFamily } from "./prometheus-text";
import { deserializeSnapshot, serializeSnapshot, snapshotFromMetrics, type ScrapeSnapshot } from "./scrape-snapshot";

const NAMES = { requestsCounter: "http_requests_total", statusLabel: "code", latencyHistogram: "http_request_duration_seconds", versionInfo: "app_version_info" };

// What prom-client 15 writes for the sandbox's metrics, two routes and two serving slots.
const SANDBOX_BODY = `# HELP http_requests_total App requests answered
# TYPE http_requests_total counter
http_requests_total{code="200",route="/",color="blue"} 90
http_requests_total{code="503",route="/",color="blue"} 10
http_requests_total{code="200",route="/cart",color="green"} 40
http_requests_total{code="404",route="/cart",color="green"} 5
http_requests_total{code="500",route="/cart",color="green"} 5

# HELP http_request_duration_seconds Time to answer
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.05",route="/",color="blue"} 60
http_request_duration_seconds_bucket{le="0.25",route="/",color="blue"} 95
http_request_duration_seconds_bucket{le="+Inf",route="/",color="blue"} 100
http_request_duration_seconds_sum{route="/",color="blue"} 7.25
http_request_duration_seconds_count{route="/",color="blue"} 100
http_request_duration_seconds_bucket{le="0.05",route="/cart",color="green"} 20
http_request_duration_seconds_bucket{le="0.25",route="/cart",color="green"} 45
http_request_duration_seconds_bucket{le="+Inf",route="/cart",color="green"} 50
http_request_duration_seconds_sum{route="/cart",color="green"} 5.5
http_request_duration_seconds_count{route="/cart",color="green"} 50

# HELP app_version_info 1 for each version and slot serving traffic
# TYPE app_version_info gauge
app_version_info{version="1.5.0",color="green"} 1
app_version_info{version="1.4.2",color="blue"} 1
`;

function families(body: string): MetricFamily[] {
  const parsed = parsePrometheusText(body);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.families;
}

function snapshotOf(body: string, names = NAMES): ScrapeSnapshot {
  const result = snapshotFromMetrics(families(body), names, 1_000);
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

function errorOf(body: string, names = NAMES): string {
  const result = snapshotFromMetrics(families(body), names, 1_000);
  if (result.ok) throw new Error("expected the snapshot to fail");
  return result.error;
}

describe("snapshotFromMetrics", () => {
  it("sums the cumulative figures over every label set", () => {
    expect(snapshotOf(SANDBOX_BODY)).toEqual({
      atMs: 1_000,
      requests: 150,
      errors: 15,
      buckets: [
        { le: 0.05, count: 80 },
        { le: 0.25, count: 140 },
        { le: Infinity, count: 150 },
      ],
      latencyCount: 150,
      version: "1.4.2+1.5.0",
    });
  });

  it("reads the status from the configured label", () => {
    const body = '# TYPE requests counter\nrequests{status="502"} 3\nrequests{status="200"} 7\nrequests{code="500"} 1\n';
    const snapshot = snapshotOf(body, { ...NAMES, requestsCounter: "requests", statusLabel: "status" });
    expect(snapshot.requests).toBe(11);
    expect(snapshot.errors).toBe(3);
  });

  it("refuses a scrape without the requests counter, naming it", () => {
    expect(errorOf("# TYPE other_total counter\nother_total 5\n")).toBe("no http_requests_total in the scrape");
    expect(errorOf("other_total 5\n", { ...NAMES, requestsCounter: "api_calls_total" })).toBe("no api_calls_total in the scrape");
  });

  it("counts a declared counter without samples as no requests yet", () => {
    const snapshot = snapshotOf("# HELP http_requests_total App requests answered\n# TYPE http_requests_total counter\n");
    expect(snapshot).toMatchObject({ requests: 0, errors: 0, buckets: [], latencyCount: 0, version: null });
  });

  it("has empty buckets when the latency histogram is missing", () => {
    const snapshot = snapshotOf('http_requests_total{code="200"} 4\n');
    expect(snapshot.buckets).toEqual([]);
    expect(snapshot.latencyCount).toBe(0);
  });

  it("refuses metrics of the wrong type", () => {
    expect(errorOf('# TYPE http_requests_total gauge\nhttp_requests_total{code="200"} 4\n')).toBe("http_requests_total is a gauge, expected a counter");
    expect(errorOf("http_requests_total 4\n# TYPE http_request_duration_seconds summary\nhttp_request_duration_seconds_count 3\n")).toBe(
      "http_request_duration_seconds is a summary, expected a histogram",
    );
  });

  it.each([
    ["negative", 'http_requests_total{code="200"} -1'],
    ["NaN", 'http_requests_total{code="200"} NaN'],
    ["infinite", 'http_requests_total{code="200"} +Inf'],
  ])("refuses a %s request count", (_case, line) => {
    expect(errorOf(`${line}\n`)).toMatch(/^http_requests_total\{code="200"\} has the value .+, expected a count$/);
  });

  it("names only the versions whose info series is 1", () => {
    const body = 'http_requests_total 1\napp_version_info{version="2.0.0"} 0\napp_version_info{version="1.9.0"} 1\napp_version_info{version="1.9.0",color="green"} 1\n';
    expect(snapshotOf(body).version).toBe("1.9.0");
  });

  it("has no version without the info metric", () => {
    expect(snapshotOf("http_requests_total 1\n").version).toBeNull();
  });
});

/** The JSON Prisma takes for a Json column (InputJsonValue), spelled out so lib/domain needs no Prisma import. */
type PrismaInputJson = string | number | boolean | { readonly [Key in string]?: PrismaInputJson | null } | readonly (PrismaInputJson | null)[];

describe("serializeSnapshot and deserializeSnapshot", () => {
  const stored = snapshotOf(SANDBOX_BODY);

  it("survive a JSON round trip, +Inf bucket included", () => {
    const json: PrismaInputJson = serializeSnapshot(stored);
    const text = JSON.stringify(json);
    expect(text).toContain('"le":"+Inf"');
    expect(deserializeSnapshot(JSON.parse(text))).toEqual(stored);
  });

  it("store no null for an unknown version and read it back as null", () => {
    const versionless = { ...stored, version: null };
    const serialized = serializeSnapshot(versionless);
    expect(Object.values(serialized)).not.toContain(null);
    expect(deserializeSnapshot(JSON.parse(JSON.stringify(serialized)))).toEqual(versionless);
  });

  it("read a snapshot stored with a null version", () => {
    expect(deserializeSnapshot({ ...serializeSnapshot(stored), version: null })).toEqual({ ...stored, version: null });
  });

  it("sort the buckets they read", () => {
    const serialized = serializeSnapshot(stored);
    const reversed = { ...serialized, buckets: [...serialized.buckets].reverse() };
    expect(deserializeSnapshot(reversed)?.buckets).toEqual(stored.buckets);
  });

  it.each([
    ["null", null],
    ["a string", "snapshot"],
    ["an array", []],
    ["a missing count", { atMs: 1, requests: 1, errors: 0, buckets: [] }],
    ["a string count", { atMs: 1, requests: "1", errors: 0, buckets: [], latencyCount: 0 }],
    ["a negative count", { atMs: 1, requests: -1, errors: 0, buckets: [], latencyCount: 0 }],
    ["an Infinity written by JSON.stringify as null", JSON.parse(JSON.stringify({ atMs: 1, requests: 1, errors: 0, buckets: [{ le: Infinity, count: 1 }], latencyCount: 1 }))],
    ["a bound spelled otherwise", { atMs: 1, requests: 1, errors: 0, buckets: [{ le: "Inf", count: 1 }], latencyCount: 1 }],
    ["a numeric version", { atMs: 1, requests: 1, errors: 0, buckets: [], latencyCount: 0, version: 2 }],
  ])("give null for %s", (_case, json) => {
    expect(deserializeSnapshot(json)).toBeNull();
  });
});
