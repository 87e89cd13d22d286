import "server-only";
import type { RunningSandboxService } from "@/lib/sandbox/fleet";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { SYSTEM_ACTOR } from "../../auth/caller";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { insertHealthSource, listHealthSourcesOfService, updateHealthSourceAtVersion } from "../../queries/health-sources";
import { findServiceBySlug, insertService, updateServiceRow } from "../../queries/services";
import { commitWithAuditEvent } from "../record-audit-event";
import { writeDemoFleet } from "./demo-state";
import { installDemoRollbackPlans } from "./install-demo-rollback-plans";

/** The demo collects every second, so the story unfolds in seconds rather than minutes. */
const DEMO_INTERVAL_SECONDS = 1;

/**
 * Registers the running sandbox fleet as services with a probe and a scrape
 * each, pointing them at this run's ports. Idempotent: a restart updates URLs.
 */
export async function registerDemoFleet(running: readonly RunningSandboxService[]): Promise<void> {
  const fleet = running.map(({ slug, baseUrl }) => ({ slug, baseUrl }));
  await commitWithAuditEvent(SYSTEM_ACTOR, null, async (tx) => {
    for (const service of running) {
      const data = {
        slug: service.slug,
        name: service.name,
        team: service.team,
        environment: "sandbox",
        description: SANDBOX_FLEET.find((entry) => entry.slug === service.slug)?.description ?? null,
        links: [{ label: "Sandbox control state", url: `${service.baseUrl}/control/state` }],
      };
      const existing = await findServiceBySlug(tx, service.slug);
      const row = existing ? await updateServiceRow(tx, existing.id, data) : await insertService(tx, data);
      await upsertSource(tx, row.id, "Sandbox health probe", "http_probe", { url: `${service.baseUrl}/health`, expectedStatus: 200, timeoutMs: 2_000 });
      await upsertSource(tx, row.id, "Sandbox /metrics", "prometheus_scrape", { url: `${service.baseUrl}/metrics`, timeoutMs: 2_000 });
      const definition = SANDBOX_FLEET.find((entry) => entry.slug === service.slug);
      if (definition) await installDemoRollbackPlans(tx, row.id, definition);
    }
    await writeDemoFleet(tx, fleet);
    return { result: undefined, audit: { action: "demo.fleet_registered", targetType: "service", targetId: null, payload: { services: fleet } } };
  });
}

async function upsertSource(tx: Db, serviceId: string, name: string, kind: "http_probe" | "prometheus_scrape", config: Prisma.InputJsonObject) {
  const existing = (await listHealthSourcesOfService(tx, serviceId)).find((source) => source.name === name);
  if (!existing) {
    await insertHealthSource(tx, { serviceId, name, kind, config, intervalSeconds: DEMO_INTERVAL_SECONDS, enabled: true });
    return;
  }
  // A new run's process has fresh counters: the carry from the last run would read as one giant counter reset.
  await updateHealthSourceAtVersion(tx, existing.id, existing.version, { config, carry: {} });
}
