import { SANDBOX_FLEET } from "./fleet-definition";
import { type FleetLogger, ServiceSupervisor } from "./service-supervisor";

export type SandboxFleetOptions = {
  /** Where each service keeps its deployment state (`<slug>.json`) across restarts. */
  stateDir: string;
  /** "auto" (default): any free ports; a number: consecutive ports from it, one per service in fleet order. */
  ports?: "auto" | number;
  /** Built-in requests per second: one rate for every service, or rates by slug (a slug left out gets none). 0 turns it off. */
  trafficPerSecond?: number | Readonly<Record<string, number>>;
  /** Wait before restarting a service that exited. */
  restartDelayMs?: number;
  log?: FleetLogger;
};

export type RunningSandboxService = { slug: string; name: string; team: string; baseUrl: string; port: number };

export type SandboxFleet = {
  services: RunningSandboxService[];
  /** Stops every service and resolves once their processes have exited. */
  stop(): Promise<void>;
};

const silentLog: FleetLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Starts the three sandbox services as child processes on 127.0.0.1 and
 * supervises them. Each child exits when this process dies (its IPC channel
 * closes), so the fleet never outlives its parent.
 */
export async function startSandboxFleet(options: SandboxFleetOptions): Promise<SandboxFleet> {
  const { stateDir, ports = "auto", trafficPerSecond = 20, restartDelayMs = 2_000, log = silentLog } = options;
  const supervisors = SANDBOX_FLEET.map(
    (service, index) =>
      new ServiceSupervisor({
        slug: service.slug,
        port: ports === "auto" ? 0 : ports + index,
        stateDir,
        trafficPerSecond: typeof trafficPerSecond === "number" ? trafficPerSecond : (trafficPerSecond[service.slug] ?? 0),
        restartDelayMs,
        log,
      }),
  );
  const stop = async () => {
    await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
  };

  const started = await Promise.allSettled(supervisors.map((supervisor) => supervisor.start()));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const services = SANDBOX_FLEET.map((service, index) => {
    const port = (started[index] as PromiseFulfilledResult<number>).value;
    return { slug: service.slug, name: service.name, team: service.team, baseUrl: `http://127.0.0.1:${port}`, port };
  });
  log.info({ services: services.map(({ slug, baseUrl }) => ({ slug, baseUrl })) }, "sandbox fleet ready");
  return { services, stop };
}
