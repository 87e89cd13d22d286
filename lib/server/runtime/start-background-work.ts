import "server-only";
import path from "node:path";
import type { Logger } from "pino";
import { startSandboxFleet, type SandboxFleet } from "@/lib/sandbox/fleet";
import type { RewindConfig } from "../config";
import { registerDemoFleet } from "../services/demo/register-demo-fleet";
import { seedDemoHistory } from "../services/demo/seed-demo-history";
import { startHealthCollector, type HealthCollector } from "../workers/health-collector";
import { startJobQueue } from "../workers/job-queue";

export type BackgroundWork = { collector: HealthCollector; stop(): Promise<void> };

/**
 * Everything an instance runs besides serving requests: the sandbox fleet
 * (the demo), the health collector (on the instance holding its lock) and
 * the job queue.
 */
export async function startBackgroundWork(settings: RewindConfig, databaseUrl: string, log: Logger): Promise<BackgroundWork> {
  let fleet: SandboxFleet | null = null;
  if (settings.REWIND_DEMO) {
    fleet = await startSandboxFleet({
      stateDir: path.join(settings.dataDir, "sandbox"),
      ports: settings.REWIND_SANDBOX_PORT === 0 ? "auto" : settings.REWIND_SANDBOX_PORT,
      log: log.child({ component: "sandbox" }),
    });
    await registerDemoFleet(fleet.services);
    await seedDemoHistory();
  }
  const jobs = await startJobQueue({ connectionString: databaseUrl, instanceId: settings.REWIND_INSTANCE_ID, stepLeaseMs: settings.REWIND_STEP_LEASE_MS, log });
  const collector = startHealthCollector({ connectionString: databaseUrl, tickMs: settings.REWIND_COLLECTOR_TICK_MS, lockRetryMs: 2_000, log });
  return {
    collector,
    async stop() {
      await collector.stop();
      await jobs.stop();
      await fleet?.stop();
    },
  };
}
