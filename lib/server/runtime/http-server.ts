import "server-only";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import type { Logger } from "pino";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER, REQUEST_PATH_HEADER } from "../http/request-context";
import { metrics } from "../observability/metrics-registry";

const SOCKET_IO_PATH = "/socket.io";
const INCOMING_REQUEST_ID = /^[\w.:-]{8,128}$/;

export type RewindHttpServer = { server: http.Server; closeNext: () => Promise<void> };

/**
 * One HTTP server for Next.js and socket.io. Every request gets a request id
 * (kept from a proxy when well-formed) and the client address in headers that
 * route handlers read, overwriting any value a client sent itself.
 */
export async function createRewindHttpServer(options: { dev: boolean; dir: string; port: number; trustProxy: boolean; logger: Logger }): Promise<RewindHttpServer> {
  // Next.js listens for 'upgrade' on the server it is given and would also
  // claim socket.io's WebSocket upgrades; it gets only the others (dev HMR).
  const nextUpgrades = new EventEmitter();
  const app = next({ dev: options.dev, dir: options.dir, hostname: "localhost", port: options.port, httpServer: nextUpgrades as unknown as http.Server, quiet: !options.dev });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    const startedAt = performance.now();
    const requestId = stampRequest(request, options.trustProxy);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.on("finish", () => recordRequest(request, response, performance.now() - startedAt, requestId, options.logger));
    handle(request, response).catch((error: unknown) => {
      options.logger.error({ err: error, requestId }, "request handler failed");
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side", details: [], requestId } }));
    });
  });
  server.on("upgrade", (request: IncomingMessage, socket, head) => {
    if (!request.url?.startsWith(SOCKET_IO_PATH)) nextUpgrades.emit("upgrade", request, socket, head);
  });
  return { server, closeNext: () => app.close() };
}

function stampRequest(request: IncomingMessage, trustProxy: boolean): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof incoming === "string" && INCOMING_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.headers[REQUEST_ID_HEADER] = requestId;
  request.headers[CLIENT_IP_HEADER] = clientAddress(request, trustProxy);
  request.headers[REQUEST_PATH_HEADER] = request.url ?? "/";
  return requestId;
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string") {
    const first = forwarded.split(",")[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? "unknown";
}

function recordRequest(request: IncomingMessage, response: ServerResponse, elapsedMs: number, requestId: string, logger: Logger): void {
  const method = request.method ?? "GET";
  metrics().httpRequests.inc({ method, status: String(response.statusCode) });
  metrics().httpDuration.observe({ method }, elapsedMs / 1000);
  const path = request.url?.split("?")[0] ?? "";
  const level = path.startsWith("/_next/") ? "debug" : "info";
  logger[level]({ requestId, method, path, status: response.statusCode, ms: Math.round(elapsedMs) }, "request");
}
