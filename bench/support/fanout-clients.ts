import { io as connect, type Socket } from "socket.io-client";
import { epochNowMs, type BenchSamplePayload, type ClientsReady, type ClientsResult, type Command } from "./fanout-protocol";
import { createProcessSampler } from "./process-sampler";
import { compactHistogram, emptyHistogram, recordLatency } from "./stats";

/**
 * Child process of the socket fan-out benchmark: BENCH_CLIENTS dashboard
 * clients, each a separate websocket authenticated with the API token and
 * joined to every service room, recording receive − send per event.
 */
const url = process.env.BENCH_URL as string;
const token = process.env.BENCH_TOKEN as string;
const serviceIds = (process.env.BENCH_SERVICE_IDS ?? "").split(",").filter(Boolean);
const clientCount = Number(process.env.BENCH_CLIENTS ?? 500);
/** Connections opened at once: a dashboard fleet reconnecting is not what is measured. */
const CONNECT_CONCURRENCY = 20;

const latency = emptyHistogram();
const sampler = createProcessSampler();
const sockets: Socket[] = [];
let measuring = false;
let received = 0;
let dropped = 0;

async function openClient(): Promise<boolean> {
  const socket = connect(url, { path: "/socket.io", transports: ["websocket"], auth: { token }, reconnection: false, forceNew: true });
  sockets.push(socket);
  socket.on("health:sample", (payload: BenchSamplePayload) => {
    if (!measuring) return;
    received += 1;
    recordLatency(latency, epochNowMs() - payload.benchSentAt);
  });
  socket.on("disconnect", () => {
    if (measuring) dropped += 1;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
    for (const id of serviceIds) {
      const ack = (await socket.timeout(30_000).emitWithAck("room:join", { room: { kind: "service", id } })) as { ok: boolean };
      if (!ack.ok) throw new Error(`room:join refused: ${JSON.stringify(ack)}`);
    }
    return true;
  } catch (error) {
    console.error("client failed to connect or join:", error instanceof Error ? error.message : error);
    socket.close();
    return false;
  }
}

async function openAll(): Promise<void> {
  let next = 0;
  let connected = 0;
  const worker = async () => {
    while (next < clientCount) {
      next += 1;
      if (await openClient()) connected += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  const ready: ClientsReady = { clientsReady: { connected, failed: clientCount - connected } };
  process.send?.(ready);
}

process.on("message", (message: Command) => {
  if (message.command === "start") {
    measuring = true;
    sampler.start();
  } else if (message.command === "stop") {
    const report = sampler.stop();
    measuring = false;
    const result: ClientsResult = { clientsResult: { latency: compactHistogram(latency), received, dropped, process: report } };
    process.send?.(result);
  }
});

process.on("disconnect", () => {
  for (const socket of sockets) socket.close();
  process.exit(0);
});

void openAll();
