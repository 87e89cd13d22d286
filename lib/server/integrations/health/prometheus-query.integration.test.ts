import { mkdtemp } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxFleet, type SandboxFleet } from "@/lib/sandbox/fleet";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { sandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import { pollUntil } from "@/lib/testing/poll-until";
import { startPrometheus, type RunningPrometheus } from "@/lib/testing/prometheus";
import { queryPrometheus } from "./prometheus-query";

let fleet: SandboxFleet;
let prometheus: RunningPrometheus;

beforeAll(async () => {
  fleet = await startSandboxFleet({ stateDir: await mkdtemp(path.join(os.tmpdir(), "rewind-promql-")), trafficPerSecond: 100 });
  prometheus = await startPrometheus({ targets: fleet.services.map((service) => new URL(service.baseUrl).host), scrapeIntervalSeconds: 1 });
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  await fleet?.stop();
});

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The PromQL a team would write for the sandbox's metrics, per service (Prometheus labels targets by instance). */
function queriesFor(slug: string) {
  const instance = new URL(fleet.services.find((service) => service.slug === slug)!.baseUrl).host;
  const match = `instance="${instance}"`;
  return {
    errorRateQuery: `sum(rate(http_requests_total{${match},code=~"5.."}[10s])) / sum(rate(http_requests_total{${match}}[10s]))`,
    p95Query: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${match}}[10s])))`,
    requestRateQuery: `sum(rate(http_requests_total{${match}}[10s]))`,
  };
}

describe("the Prometheus query source against a real Prometheus scraping the sandbox", () => {
  it("reads request rate, error rate and p95, and sees a bad release", async () => {
    const config = { serverUrl: prometheus.url, auth: { kind: "none" } as const, timeoutMs: 5_000, ...queriesFor("checkout-api") };
    const healthy = await pollUntil("figures from Prometheus", async () => {
      const result = await queryPrometheus(config);
      // The first answers after start-up rest on one or two scrapes; wait for a settled rate.
      return result.ok && result.requestRate !== null && result.requestRate > 20 && result.errorRate !== null ? result : undefined;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    expect(healthy.errorRate).toBeLessThan(0.05);
    expect(healthy.p95Ms).toBeGreaterThan(0);

    const badRelease = SANDBOX_FLEET.find((entry) => entry.slug === "checkout-api")!.badRelease;
    await sandboxControlClient(fleet.services.find((service) => service.slug === "checkout-api")!.baseUrl).deploy({ version: badRelease });
    const broken = await pollUntil("the error rate to pass 5% in Prometheus", async () => {
      const result = await queryPrometheus(config);
      return result.errorRate !== null && result.errorRate > 0.05 ? result : undefined;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    expect(broken.p95Ms).toBeGreaterThan(healthy.p95Ms!);
  }, 90_000);

  it("reports a refused query, a query answering several series, and an unreachable server as failures with the reason", async () => {
    const base = { serverUrl: prometheus.url, auth: { kind: "none" } as const, timeoutMs: 5_000, ...queriesFor("storefront") };
    const refused = await queryPrometheus({ ...base, errorRateQuery: "sum(rate(http_requests_total[10s]" });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Prometheus refused sum\(rate/) });
    const several = await queryPrometheus({ ...base, requestRateQuery: "sum by (instance) (rate(http_requests_total[10s]))" });
    expect(several).toMatchObject({ ok: false, error: expect.stringMatching(/answered \d+ series; aggregate it to one/) });
    const unreachable = await queryPrometheus({ ...base, serverUrl: `http://127.0.0.1:${await closedPort()}` });
    expect(unreachable).toMatchObject({ ok: false, error: expect.stringMatching(/ECONNREFUSED/) });
  });
});
