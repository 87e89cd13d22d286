import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** Lower-case names, as Node parses them. */
  headers: http.IncomingHttpHeaders;
  body: string;
};

/** How the server answers; `hang` holds the request open until the client gives up or the server stops. */
export type ConfiguredResponse = { status: number; body?: string; headers?: Record<string, string> } | { hang: true };

export type RecordingHttpServer = {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  /** Answers every later request this way (200 with an empty body until told otherwise). */
  respondWith(response: ConfiguredResponse): void;
  /** Resolves with the next request once its body has arrived; call it before the request is sent. */
  nextRequest(): Promise<RecordedRequest>;
  /** Resolves when a client closes a request before it was answered (a hung request given up on); call it before that request is sent. */
  nextAbandonedRequest(): Promise<RecordedRequest>;
  stop(): Promise<void>;
};

/**
 * A local HTTP peer for integration tests of outgoing calls (webhooks, chat,
 * flag services): records every request exactly as it arrived and answers
 * with the configured response.
 */
export async function startRecordingHttpServer(): Promise<RecordingHttpServer> {
  const requests: RecordedRequest[] = [];
  let response: ConfiguredResponse = { status: 200 };
  const arrivalWaiters: Array<(request: RecordedRequest) => void> = [];
  const abandonWaiters: Array<(request: RecordedRequest) => void> = [];

  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const recorded: RecordedRequest = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      arrivalWaiters.shift()?.(recorded);
      const answer = response;
      if ("hang" in answer) {
        outgoing.on("close", () => abandonWaiters.shift()?.(recorded));
        return;
      }
      outgoing.writeHead(answer.status, answer.headers ?? { "content-type": "text/plain" });
      outgoing.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      response = next;
    },
    nextRequest: () => new Promise((resolve) => arrivalWaiters.push(resolve)),
    nextAbandonedRequest: () => new Promise((resolve) => abandonWaiters.push(resolve)),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
