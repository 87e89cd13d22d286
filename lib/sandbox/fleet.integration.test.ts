import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LATENCY_BUCKETS_SECONDS } from "./service/service-metrics";
import { type SandboxFleet, startSandboxFleet } from "./fleet";
import { SANDBOX_FLEET } from "./fleet-definition";
import { SandboxControlError, sandboxControlClient } from "./sandbox-control-client";
import { pollUntil } from "@/lib/testing/poll-until";
import { readRequestCounts, scrapeMetrics } from "./testing/metrics-text";

let fleet: SandboxFleet;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(path.join(os.tmpdir(), "rewind-sandbox-"));
  // Only the storefront's figures are measured; the others get just enough traffic to look alive.
  fleet = await startSandboxFleet({ stateDir, trafficPerSecond: { storefront: 100, "checkout-api": 5, "payments-worker": 5 }, restartDelayMs: 200 });
});

afterAll(async () => {
  await fleet?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

afterEach(async () => {
  // A service the last test crashed may still be restarting.
  await Promise.all(fleet.services.map(({ baseUrl }) => pollUntil("the service to reset", () => sandboxControlClient(baseUrl).reset())));
});

const baseUrl = (slug: string) => {
  const service = fleet.services.find((candidate) => candidate.slug === slug);
  if (!service) throw new Error(`no sandbox service ${slug}`);
  return service.baseUrl;
};

/** Request figures measured by the service from now until it has answered `requests` more. */
async function measure(slug: string, requests: number) {
  const before = await readRequestCounts(baseUrl(slug));
  const after = await pollUntil(
    `${requests} requests to ${slug}`,
    async () => {
      const counts = await readRequestCounts(baseUrl(slug));
      return counts.total - before.total >= requests ? counts : undefined;
    },
    { timeoutMs: 30_000 },
  );
  const total = after.total - before.total;
  return { errorShare: (after.errors - before.errors) / total, meanLatencySeconds: (after.latencySecondsSum - before.latencySecondsSum) / total };
}

async function servedVersions(url: string, requests: number): Promise<Set<string>> {
  const versions = new Set<string>();
  for (let index = 0; index < requests; index++) {
    const response = await fetch(url);
    await response.arrayBuffer();
    versions.add(`${response.headers.get("x-sandbox-version")}/${response.headers.get("x-sandbox-color")}`);
  }
  return versions;
}

async function versionInfo(slug: string): Promise<string[]> {
  const samples = await scrapeMetrics(baseUrl(slug));
  return samples
    .filter((sample) => sample.name === "app_version_info" && sample.value === 1)
    .map((sample) => `${sample.labels.version}/${sample.labels.color}`)
    .sort();
}

// Generous: the figures come from real traffic, which a busy machine slows down.
describe("sandbox fleet", { timeout: 60_000 }, () => {
  it("runs every service of the definition and exposes the metrics Rewind's scraper reads", async () => {
    expect(fleet.services.map((service) => service.slug)).toEqual(SANDBOX_FLEET.map((service) => service.slug));
    // The built-in traffic keeps the counters growing.
    await measure("storefront", 100);
    const samples = await scrapeMetrics(baseUrl("storefront"));
    const request = samples.find((sample) => sample.name === "http_requests_total");
    expect(Object.keys(request?.labels ?? {}).sort()).toEqual(["code", "color", "method", "route"]);
    const buckets = samples.filter((sample) => sample.name === "http_request_duration_seconds_bucket" && sample.labels.route === "/");
    expect(buckets.map((sample) => sample.labels.le)).toEqual([...LATENCY_BUCKETS_SECONDS.map(String), "+Inf"]);
    expect(await versionInfo("storefront")).toEqual(["1.4.2/blue"]);
  });

  it("fails rarely on a good release, and about 12% of requests 250 ms slower on the bad one", async () => {
    const good = await measure("storefront", 200);
    expect(good.errorShare).toBeLessThan(0.03);

    const deployed = await sandboxControlClient(baseUrl("storefront")).deploy({ version: "1.5.0" });
    expect(deployed).toMatchObject({ currentVersion: "1.5.0", previousVersion: "1.4.2" });
    // 400 requests keep a 12% share well inside these bounds (over 4 standard deviations).
    const bad = await measure("storefront", 400);
    expect(bad.errorShare).toBeGreaterThan(0.05);
    expect(bad.errorShare).toBeLessThan(0.25);
    // Every request of 1.5.0 takes at least 265 ms (a busy machine only adds to that); a few of 1.4.2's may still land in the window.
    expect(bad.meanLatencySeconds).toBeGreaterThan(0.24);
    expect(bad.meanLatencySeconds).toBeGreaterThan(good.meanLatencySeconds);
    expect(await versionInfo("storefront")).toEqual(["1.5.0/blue"]);
  });

  it("serves the live slot's version, the other slot after a switch, and both under a canary", async () => {
    const control = sandboxControlClient(baseUrl("checkout-api"));
    const cart = `${baseUrl("checkout-api")}/api/cart`;
    expect(await servedVersions(cart, 10)).toEqual(new Set(["2.8.1/blue"]));

    expect(await control.switchLive("green")).toMatchObject({ liveColor: "green", currentVersion: "2.8.0", previousVersion: "2.8.1" });
    expect(await servedVersions(cart, 10)).toEqual(new Set(["2.8.0/green"]));
    expect(await versionInfo("checkout-api")).toEqual(["2.8.0/green"]);

    expect(await control.setCanaryWeight(50)).toMatchObject({ canaryWeight: 50 });
    expect(await servedVersions(cart, 60)).toEqual(new Set(["2.8.0/green", "2.8.1/blue"]));
    expect(await versionInfo("checkout-api")).toEqual(["2.8.0/green", "2.8.1/blue"]);

    await control.setCanaryWeight(0);
    expect(await servedVersions(cart, 10)).toEqual(new Set(["2.8.0/green"]));
  });

  it("restarts a crashed service with the version it had deployed", async () => {
    const control = sandboxControlClient(baseUrl("payments-worker"));
    const deployed = await control.deploy({ version: "3.2.0" });
    expect((await control.setFaults({ mode: "crash" })).faults.mode).toBe("crash");

    const restarted = await pollUntil(
      "payments-worker to come back",
      async () => {
        const state = await control.state();
        return state.pid !== deployed.pid ? state : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(restarted).toMatchObject({ currentVersion: "3.2.0", faults: { mode: "none" } });
    const health = await fetch(`${baseUrl("payments-worker")}/health`);
    expect(await health.json()).toEqual({ status: "ok", version: "3.2.0", color: "blue" });
  });

  it("answers nothing but its control API while hung, and recovers when reset", async () => {
    // Its own service: requests held during the hang are all answered at once on reset, which would blur another test's figures.
    const url = baseUrl("payments-worker");
    const control = sandboxControlClient(url);
    await control.setFaults({ mode: "hang" });
    const waiting = fetch(`${url}/health`);
    for (const route of ["/health", "/health/ready", "/api/payments/status", "/metrics"]) {
      await expect(fetch(`${url}${route}`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/timeout|aborted/i);
    }
    expect((await control.state()).faults.mode).toBe("hang");

    // The request held since the hang began is answered once the service is reset.
    await control.reset();
    expect((await waiting).status).toBe(200);
  });

  it("reports itself unhealthy while injected faults fail most requests", async () => {
    const control = sandboxControlClient(baseUrl("storefront"));
    await control.setFaults({ errorRatePercent: 100 });
    const unhealthy = await fetch(`${baseUrl("storefront")}/health`);
    expect(unhealthy.status).toBe(503);
    expect(await unhealthy.json()).toMatchObject({ status: "unhealthy", version: "1.4.2" });
    // A few requests already under way when the fault arrived may still succeed.
    expect((await measure("storefront", 100)).errorShare).toBeGreaterThan(0.5);
  });

  it("refuses bad control input with 400 naming each field, and changes nothing", async () => {
    const control = sandboxControlClient(baseUrl("storefront"));
    const refusal = await control.deploy({ version: "9.9.9" }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SandboxControlError);
    expect(refusal).toMatchObject({ status: 400, details: [{ field: "version", message: expect.stringContaining("9.9.9") }] });

    const post = async (action: string, body: string) => {
      const response = await fetch(`${baseUrl("storefront")}/control/${action}`, { method: "POST", body });
      const { error } = (await response.json()) as { error: { details: Array<{ field: string }> } };
      return { status: response.status, fields: error.details.map((detail) => detail.field).sort() };
    };
    expect(await post("canary", JSON.stringify({ weight: 150 }))).toEqual({ status: 400, fields: ["weight"] });
    expect(await post("switch", JSON.stringify({ color: "red" }))).toEqual({ status: 400, fields: ["color"] });
    expect(await post("faults", JSON.stringify({ mode: "explode", errorRatePercent: -1 }))).toEqual({ status: 400, fields: ["errorRatePercent", "mode"] });
    expect(await post("faults", JSON.stringify({ errorRate: 5 }))).toEqual({ status: 400, fields: ["errorRate"] });
    expect(await post("deploy", "{")).toEqual({ status: 400, fields: ["body"] });

    expect(await control.state()).toMatchObject({ currentVersion: "1.4.2", canaryWeight: 0, faults: { mode: "none", errorRatePercent: 0 } });
  });
});
