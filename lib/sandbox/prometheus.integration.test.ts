import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type RunningPrometheus, startPrometheus } from "@/lib/testing/prometheus";
import { type SandboxFleet, startSandboxFleet } from "./fleet";
import { sandboxControlClient } from "./sandbox-control-client";
import { pollUntil } from "@/lib/testing/poll-until";

/** The vector answer of Prometheus' `/api/v1/query`. */
const vectorAnswerSchema = z.object({
  status: z.literal("success"),
  data: z.object({
    resultType: z.literal("vector"),
    result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: z.tuple([z.number(), z.string()]) })),
  }),
});

let fleet: SandboxFleet;
let prometheus: RunningPrometheus;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(path.join(os.tmpdir(), "rewind-sandbox-"));
  fleet = await startSandboxFleet({ stateDir, trafficPerSecond: { storefront: 20, "checkout-api": 50, "payments-worker": 5 } });
  prometheus = await startPrometheus({ targets: fleet.services.map((service) => `127.0.0.1:${service.port}`), scrapeIntervalSeconds: 1 });
});

afterAll(async () => {
  await prometheus?.stop();
  await fleet?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

const instance = (slug: string) => `127.0.0.1:${fleet.services.find((service) => service.slug === slug)?.port}`;

async function query(promql: string): Promise<z.infer<typeof vectorAnswerSchema>["data"]["result"]> {
  const url = new URL("/api/v1/query", prometheus.url);
  url.searchParams.set("query", promql);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return vectorAnswerSchema.parse(await response.json()).data.result;
}

/** The single value of a query, once Prometheus has one. */
async function scalar(promql: string): Promise<number | undefined> {
  const [sample] = await query(promql);
  return sample ? Number(sample.value[1]) : undefined;
}

describe("a real Prometheus scraping the sandbox fleet", { timeout: 60_000 }, () => {
  it("scrapes every service and measures its request rate", async () => {
    const up = await pollUntil("every target to be scraped", async () => {
      const targets = await query('up{job="sandbox"} == 1');
      return targets.length === fleet.services.length ? targets : undefined;
    });
    expect(up.map((target) => target.metric.instance).sort()).toEqual(fleet.services.map(({ slug }) => instance(slug)).sort());

    const rate = await pollUntil("a request rate for the storefront", async () => {
      const value = await scalar(`sum(rate(http_requests_total{instance="${instance("storefront")}"}[10s]))`);
      return value !== undefined && value > 0 ? value : undefined;
    });
    expect(rate).toBeGreaterThan(0);
  });

  it("sees the error ratio of the bad release cross 5%", async () => {
    const checkout = instance("checkout-api");
    const errorRatio = `sum(rate(http_requests_total{instance="${checkout}",code=~"5.."}[5s])) / sum(rate(http_requests_total{instance="${checkout}"}[5s]))`;
    await pollUntil("a request rate for the checkout API", async () => {
      const rate = await scalar(`sum(rate(http_requests_total{instance="${checkout}"}[5s]))`);
      return rate !== undefined && rate > 0 ? rate : undefined;
    });
    // With no 5xx yet the ratio has no series at all (an empty numerator), which counts as 0.
    expect((await scalar(errorRatio)) ?? 0).toBeLessThan(0.05);

    await sandboxControlClient(`http://${checkout}`).deploy({ version: "2.9.0" });
    const ratio = await pollUntil("the error ratio to cross 5%", async () => {
      const value = await scalar(errorRatio);
      return value !== undefined && value > 0.05 ? value : undefined;
    });
    expect(ratio).toBeLessThan(0.3);
    expect(await scalar(`app_version_info{instance="${checkout}",version="2.9.0"}`)).toBe(1);
  });
});
