import type { CompactHistogram } from "./stats";
import type { ProcessReport } from "./process-sampler";

/** IPC between bench/socket-fanout.ts and its server and client processes. */
export type ServerReady = { ready: { port: number } };
export type ServerResult = { serverResult: { published: number; serverDisconnects: number; process: ProcessReport } };
export type ClientsReady = { clientsReady: { connected: number; failed: number } };
export type ClientsResult = { clientsResult: { latency: CompactHistogram; received: number; dropped: number; process: ProcessReport } };

/** Orchestrator to children. */
export type Command = { command: "start" } | { command: "stop" };

/** What the server puts on the wire: the collector's health:sample, plus the bench's send time. */
export type BenchSamplePayload = { serviceId: string; sample: Record<string, unknown>; status: string; benchSentAt: number };

/** Same clock in every process of this machine, with sub-millisecond resolution. */
export function epochNowMs(): number {
  return performance.timeOrigin + performance.now();
}
