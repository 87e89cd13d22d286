import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { startSandboxFleet, type SandboxFleet } from "@/lib/sandbox/fleet";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { sandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import { SYSTEM_ACTOR } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import type { JobQueue } from "@/lib/server/workers/job-queue";
import { pollUntil } from "@/lib/testing/poll-until";
import { startTestRollbackEngine, watchRuns, type RunWatcher } from "@/lib/testing/rollback-engine";
import { seedService, seedUser } from "@/lib/testing/seed";
import { writeDemoFleet } from "../demo/demo-state";
import { collectHealthSources } from "../health/collect-health-sources";
import { createHealthSource } from "../health/create-health-source";
import { updateServiceThresholds } from "../health/update-service-thresholds";
import { createRollbackPlan } from "./plans/create-rollback-plan";

let fleet: SandboxFleet;
let engine: JobQueue;
let watcher: RunWatcher;

beforeAll(async () => {
  watcher = watchRuns();
  fleet = await startSandboxFleet({ stateDir: await mkdtemp(path.join(os.tmpdir(), "rewind-auto-")), trafficPerSecond: 100 });
  await writeDemoFleet(db(), fleet.services.map(({ slug, baseUrl }) => ({ slug, baseUrl })));
  engine = await startTestRollbackEngine();
});

afterAll(async () => {
  await engine?.stop();
  await fleet?.stop();
});

describe("automatic rollback", () => {
  it("starts the service's plan on a breach when its policy is on, says so on the timeline and tells every commander", async () => {
    const storefront = fleet.services.find((service) => service.slug === "storefront")!;
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    const service = await seedService({ slug: "storefront" });
    await createHealthSource(SYSTEM_ACTOR, service.id, { name: "scrape", kind: "prometheus_scrape", intervalSeconds: 1, enabled: true, config: { url: `${storefront.baseUrl}/metrics`, timeoutMs: 2_000, requestsCounter: "http_requests_total", statusLabel: "code", latencyHistogram: "http_request_duration_seconds", versionInfo: "app_version_info" } }, null);
    await createRollbackPlan(
      admin,
      service.slug,
      planInputSchema.parse({
        type: "application",
        name: "Immediate rollback",
        steps: [{ name: "Switch to the previous deployment", kind: "sandbox", params: { service: "storefront", operation: "deploy", version: "previous" } }],
        verification: { windowSeconds: 0, checks: [{ kind: "health_endpoints", urls: [`${storefront.baseUrl}/health`] }] },
      }),
      null,
    );
    await updateServiceThresholds(admin, service.id, { version: 1, autoRollback: true }, null);
    const definition = SANDBOX_FLEET.find((entry) => entry.slug === "storefront")!;
    await pollUntil("a first scrape", async () => {
      await collectHealthSources();
      return (await db().healthSample.findFirst({ where: { serviceId: service.id, requestRate: { not: null } } })) ?? undefined;
    });

    await sandboxControlClient(storefront.baseUrl).deploy({ version: definition.badRelease });
    const run = await pollUntil(
      "an automatic run",
      async () => {
        await collectHealthSources();
        return (await db().rollbackRun.findFirst({ where: { serviceId: service.id } })) ?? undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(run).toMatchObject({ trigger: "automatic", mode: "live", startedByName: "Rewind health monitor" });
    expect(run.incidentId).not.toBeNull();
    const finished = await watcher.waitForRun(run.id, (candidate) => candidate.verificationStatus === "passed", 30_000);
    expect(finished.steps[0]!.status).toBe("succeeded");
    const state = await sandboxControlClient(storefront.baseUrl).state();
    expect(state.slots[state.liveColor].version).toBe(definition.currentVersion);

    const started = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: run.incidentId!, kind: "rollback.started" } });
    expect(started.summary).toMatch(/^Automatic rollback started: “Immediate rollback”.*Reason: Automatic: error rate/);
    const notified = watcher.events.filter((event) => event.event === "notification").map((event) => event.room);
    expect(notified).toEqual(expect.arrayContaining([`user:${commander.userId}`, `user:${admin.userId}`]));
  }, 60_000);
});
