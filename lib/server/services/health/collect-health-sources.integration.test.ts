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
import { SYSTEM_ACTOR } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { answerDecision } from "../answer-decision";
import { startDecision } from "../start-decision";
import { collectHealthSources } from "./collect-health-sources";
import { createHealthSource } from "./create-health-source";
import { updateServiceThresholds } from "./update-service-thresholds";

const SCRAPE_NAMES = { requestsCounter: "http_requests_total", statusLabel: "code", latencyHistogram: "http_request_duration_seconds", versionInfo: "app_version_info" };
let fleet: SandboxFleet;

beforeAll(async () => {
  fleet = await startSandboxFleet({ stateDir: await mkdtemp(path.join(os.tmpdir(), "rewind-collector-")), trafficPerSecond: 100 });
});
afterAll(async () => {
  await fleet?.stop();
});

function sandbox(slug: string) {
  const service = fleet.services.find((entry) => entry.slug === slug);
  if (!service) throw new Error(`no sandbox service ${slug}`);
  return service;
}

/** A Rewind service watching one sandbox service with a probe and a scrape, both every second. */
async function watch(slug: string) {
  const service = await seedService({ slug: `watch-${slug}` });
  const { baseUrl } = sandbox(slug);
  await createHealthSource(SYSTEM_ACTOR, service.id, { name: "probe", kind: "http_probe", intervalSeconds: 1, enabled: true, config: { url: `${baseUrl}/health`, expectedStatus: 200, timeoutMs: 2_000 } }, null);
  await createHealthSource(SYSTEM_ACTOR, service.id, { name: "scrape", kind: "prometheus_scrape", intervalSeconds: 1, enabled: true, config: { url: `${baseUrl}/metrics`, timeoutMs: 2_000, ...SCRAPE_NAMES } }, null);
  return service;
}

/** Runs collector ticks (as the collector does; a source is collected once its interval has passed) until `check` finds what it waits for. */
function collectUntil<T>(description: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  return pollUntil(
    description,
    async () => {
      await collectHealthSources();
      return check();
    },
    { timeoutMs, intervalMs: 250 },
  );
}

function firstScrape(serviceId: string) {
  return collectUntil("a scrape sample with figures", async () => (await db().healthSample.findFirst({ where: { serviceId, requestRate: { not: null } } })) ?? undefined);
}

describe("the health collector against the real sandbox fleet", () => {
  it("writes a probe and a scrape sample per interval, with rates and p95 worked out across scrapes", async () => {
    const service = await watch("storefront");
    const sample = await firstScrape(service.id);
    expect(sample.ok).toBe(true);
    expect(sample.requestRate).toBeGreaterThan(20);
    expect(sample.errorRate).toBeLessThan(0.05);
    expect(sample.p95Ms).toBeGreaterThan(0);
    expect(sample.version).toBe(SANDBOX_FLEET.find((entry) => entry.slug === "storefront")!.currentVersion);
    const probes = await db().healthSample.findMany({ where: { serviceId: service.id, source: { kind: "http_probe" } } });
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.some((probe) => probe.ok && probe.error === null && probe.latencyMs !== null)).toBe(true);
  });

  it("a bad release opens an error-rate signal on the open incident's timeline and records the deploy; rolling back clears it", async () => {
    const service = await watch("checkout-api");
    const { caller: commander } = await seedUser("commander");
    const incident = await seedIncident(commander, { serviceIds: [service.id] });
    const control = sandboxControlClient(sandbox("checkout-api").baseUrl);
    const badRelease = SANDBOX_FLEET.find((entry) => entry.slug === "checkout-api")!.badRelease;
    await firstScrape(service.id);

    await control.deploy({ version: badRelease });
    const signal = await collectUntil("an error-rate signal", async () => (await db().healthSignal.findFirst({ where: { serviceId: service.id, kind: "error_rate", clearedAt: null } })) ?? undefined);
    expect(signal.message).toMatch(/^error rate \d+(\.\d)?% > 5%$/);
    expect(signal).toMatchObject({ severity: "high", incidentId: incident.id, threshold: 5 });
    const opened = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "health.signal_opened" } });
    expect(opened.summary).toContain("error rate");
    expect(await db().serviceChange.findFirst({ where: { serviceId: service.id } })).toMatchObject({ kind: "deploy", toVersion: badRelease });

    // The guided decision records the figures with the answer, and the recommendation names the trigger.
    await startDecision(commander, incident.key, {});
    const decided = await answerDecision(commander, incident.key, { step: 0, nodeId: "severity", answerId: "critical" });
    const answer = await db().decisionAnswer.findFirstOrThrow({ where: { decisionId: decided.id } });
    expect((answer.healthSnapshot as { errorRatePct: number }).errorRatePct).toBeGreaterThan(5);
    expect(decided.recommendation?.triggers.map((trigger) => trigger.trigger)).toContain("error_rate");

    await control.deploy({ version: "previous" });
    await collectUntil("the signal to clear", async () => (await db().healthSignal.findUniqueOrThrow({ where: { id: signal.id } })).clearedAt ?? undefined, 30_000);
    expect(await db().timelineEvent.count({ where: { incidentId: incident.id, kind: "health.signal_cleared" } })).toBe(1);
    expect(await db().serviceChange.findFirst({ where: { serviceId: service.id, kind: "rollback" } })).toMatchObject({ fromVersion: badRelease });
  }, 60_000);

  it("declares an incident on a breach when the service asks for it", async () => {
    const service = await watch("payments-worker");
    const { caller: admin } = await seedUser("admin");
    await updateServiceThresholds(admin, service.id, { version: 1, declareIncident: true }, null);
    await firstScrape(service.id);
    const control = sandboxControlClient(sandbox("payments-worker").baseUrl);
    await control.setFaults({ errorRatePercent: 40 });
    try {
      const link = await collectUntil("an incident declared by the monitor", async () => (await db().incidentService.findFirst({ where: { serviceId: service.id }, include: { incident: true } })) ?? undefined);
      expect(link.incident.title).toMatch(/error rate/);
      // Declared the moment the windowed error rate crossed 5%, before it reached 40%: a high, not yet critical, breach.
      expect(link.incident.severity).toBe("high");
      const declared = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: link.incidentId, kind: "incident.declared" } });
      expect(declared.actorName).toBe("Rewind health monitor");
    } finally {
      await control.reset();
    }
  }, 40_000);

  it("records an unreachable target and a malformed /metrics body as failed samples with the reason, and keeps collecting", async () => {
    const garbage = http.createServer((_request, response) => response.end('# TYPE http_requests_total counter\nhttp_requests_total{code="200" 12\n'));
    await new Promise<void>((resolve) => garbage.listen(0, "127.0.0.1", resolve));
    const garbagePort = (garbage.address() as AddressInfo).port;
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    try {
      const service = await seedService();
      const base = { intervalSeconds: 1, enabled: true } as const;
      await createHealthSource(SYSTEM_ACTOR, service.id, { ...base, name: "down", kind: "http_probe", config: { url: `http://127.0.0.1:${closedPort}/health`, expectedStatus: 200, timeoutMs: 1_000 } }, null);
      await createHealthSource(SYSTEM_ACTOR, service.id, { ...base, name: "garbage", kind: "prometheus_scrape", config: { url: `http://127.0.0.1:${garbagePort}/metrics`, timeoutMs: 1_000, ...SCRAPE_NAMES } }, null);

      const samples = await collectUntil("two failed samples from each", async () => {
        const rows = await db().healthSample.findMany({ where: { serviceId: service.id }, include: { source: true } });
        return rows.length >= 4 ? rows : undefined;
      });
      const down = samples.filter((sample) => sample.source.name === "down");
      const malformed = samples.filter((sample) => sample.source.name === "garbage");
      expect(down.every((sample) => !sample.ok && /ECONNREFUSED/.test(sample.error ?? ""))).toBe(true);
      expect(malformed.every((sample) => !sample.ok && /^malformed \/metrics: line 2: /.test(sample.error ?? ""))).toBe(true);
      const source = await db().healthSource.findFirstOrThrow({ where: { serviceId: service.id, name: "down" } });
      expect(source.consecutiveFailures).toBeGreaterThanOrEqual(2);
      expect(source.lastError).toMatch(/ECONNREFUSED/);
    } finally {
      await new Promise<void>((resolve) => garbage.close(() => resolve()));
    }
  });
});
