import { describe, expect, it } from "vitest";
import { PATCH as updateSourceRoute } from "@/app/api/v1/health-sources/[sourceId]/route";
import { GET as serviceHealthRoute } from "@/app/api/v1/services/[serviceId]/health/route";
import { POST as createSourceRoute } from "@/app/api/v1/services/[serviceId]/health-sources/route";
import { PUT as updateThresholdsRoute } from "@/app/api/v1/services/[serviceId]/thresholds/route";
import { db } from "@/lib/server/db/client";
import { seedService, seedToken } from "@/lib/testing/seed";

/** The real route handlers, called as Next.js calls them, against the real database. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, path: string, options: { secret: string; body?: unknown; params: Record<string, string> }) {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${options.secret}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://rewind.test${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  return { status: response.status, json: await response.json() };
}

describe("live-health routes", () => {
  it("read a service's health by slug, with the seeds' thresholds, and answer 404 for an unknown service", async () => {
    const { secret } = await seedToken("viewer");
    const service = await seedService({ slug: "search-api" });
    const read = await call(serviceHealthRoute, "GET", "/api/v1/services/search-api/health?range=1h", { secret, params: { serviceId: "search-api" } });
    expect(read).toMatchObject({
      status: 200,
      json: { service: { id: service.id, slug: "search-api" }, status: "unknown", range: "1h", resolution: "raw", samples: [], thresholds: { errorRatePercent: 5, p95IncreasePercent: 50, unavailableMinutes: 5, failedChecks: 3, version: 1 } },
    });
    const badRange = await call(serviceHealthRoute, "GET", "/api/v1/services/search-api/health?range=2y", { secret, params: { serviceId: "search-api" } });
    expect(badRange.status).toBe(400);
    expect(badRange.json.error.details[0].field).toBe("range");
    expect((await call(serviceHealthRoute, "GET", "/api/v1/services/nope/health", { secret, params: { serviceId: "nope" } })).status).toBe(404);
  });

  it("fold a 6-hour range into 30 s buckets per source: worst p95, mean error rate, failed if any check failed", async () => {
    const { secret } = await seedToken("admin");
    const service = await seedService();
    const created = await call(createSourceRoute, "POST", `/api/v1/services/${service.id}/health-sources`, {
      secret,
      params: { serviceId: service.id },
      body: { name: "scrape", kind: "prometheus_scrape", config: { url: "http://127.0.0.1:1/metrics" } },
    });
    const sourceId = created.json.source.id as string;
    const bucket = Math.floor((Date.now() - 3_600_000) / 30_000) * 30_000;
    await db().healthSample.createMany({
      data: [
        { serviceId: service.id, sourceId, at: new Date(bucket + 1_000), ok: true, errorRate: 0.02, p95Ms: 40 },
        { serviceId: service.id, sourceId, at: new Date(bucket + 11_000), ok: false, errorRate: 0.04, p95Ms: 90 },
        { serviceId: service.id, sourceId, at: new Date(bucket + 31_000), ok: true, errorRate: 0, p95Ms: 20 },
      ],
    });
    const read = await call(serviceHealthRoute, "GET", `/api/v1/services/${service.id}/health?range=6h`, { secret, params: { serviceId: service.id } });
    expect(read.status).toBe(200);
    expect(read.json.samples).toHaveLength(2);
    expect(read.json.samples[0]).toMatchObject({ sourceId, at: new Date(bucket).toISOString(), ok: false, p95Ms: 90 });
    expect(read.json.samples[0].errorRate).toBeCloseTo(0.03);
    expect(read.json.samples[1]).toMatchObject({ at: new Date(bucket + 30_000).toISOString(), ok: true, p95Ms: 20 });
  });

  it("refuse a source config with 400 naming the field, and a viewer with 403", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: viewer } = await seedToken("viewer");
    const service = await seedService();
    const params = { serviceId: service.id };
    const body = { name: "probe", kind: "http_probe", config: { url: "ftp://example.test/health", timeoutMs: 50 } };
    const refused = await call(createSourceRoute, "POST", `/api/v1/services/${service.id}/health-sources`, { secret: admin, body, params });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(["config.timeoutMs", "config.url"]);
    const forbidden = await call(createSourceRoute, "POST", `/api/v1/services/${service.id}/health-sources`, { secret: viewer, body: { ...body, config: { url: "http://127.0.0.1:1/health" } }, params });
    expect(forbidden.status).toBe(403);
  });

  it("answer a stale write with 409 and the current state, and keep a redacted secret", async () => {
    const { secret } = await seedToken("admin");
    const service = await seedService();
    const params = { serviceId: service.id };
    const first = await call(updateThresholdsRoute, "PUT", `/api/v1/services/${service.id}/thresholds`, { secret, body: { version: 1, errorRatePercent: 2 }, params });
    expect(first).toMatchObject({ status: 200, json: { thresholds: { errorRatePercent: 2, version: 2 } } });
    const stale = await call(updateThresholdsRoute, "PUT", `/api/v1/services/${service.id}/thresholds`, { secret, body: { version: 1, errorRatePercent: 9 }, params });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: "conflict", current: { errorRatePercent: 2, version: 2 } } } });

    const created = await call(createSourceRoute, "POST", `/api/v1/services/${service.id}/health-sources`, {
      secret,
      params,
      body: { name: "prom", kind: "prometheus_query", config: { serverUrl: "http://prometheus.test:9090", auth: { kind: "bearer", token: "s3cret" }, errorRateQuery: "a", p95Query: "b", requestRateQuery: "c" } },
    });
    expect(created.status).toBe(201);
    expect(created.json.source.config.auth).toEqual({ kind: "bearer", token: "********" });
    const sourceParams = { sourceId: created.json.source.id };
    const renamed = await call(updateSourceRoute, "PATCH", `/api/v1/health-sources/${created.json.source.id}`, {
      secret,
      params: sourceParams,
      body: { version: 1, config: { ...created.json.source.config, serverUrl: "http://prometheus.test:9091" } },
    });
    expect(renamed.status).toBe(200);
    const stored = await db().healthSource.findUniqueOrThrow({ where: { id: created.json.source.id } });
    expect(stored.config).toMatchObject({ serverUrl: "http://prometheus.test:9091", auth: { kind: "bearer", token: "s3cret" } });
  });
});
