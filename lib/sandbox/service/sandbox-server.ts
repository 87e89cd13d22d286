import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "pino";
import type { SandboxRoute } from "../fleet-definition";
import { handleControl } from "./control-routes";
import { currentVersion, isUnhealthy } from "./deployment-state";
import { sendError, sendJson } from "./http-io";
import { planRequest } from "./request-plan";
import type { ServiceRuntime } from "./service-runtime";

/**
 * One sandbox service's HTTP surface: its app routes (what traffic hits),
 * `/health`, `/health/ready`, `/metrics`, and the control API.
 */
export function createSandboxServer(runtime: ServiceRuntime, log: Logger): Server {
  return createServer((request, response) => {
    handle(runtime, request, response).catch((error: unknown) => {
      log.error({ err: error, url: request.url }, "sandbox request failed");
      if (!response.headersSent) sendError(response, 500, "internal", "The sandbox service failed to answer");
    });
  });
}

async function handle(runtime: ServiceRuntime, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { pathname } = new URL(request.url ?? "/", "http://sandbox");
  if (pathname.startsWith("/control/")) return handleControl(runtime, request, response, pathname);

  const startedAt = process.hrtime.bigint();
  request.resume();
  // A hung process answers nothing but its control API: app requests, health checks and scrapes wait.
  await runtime.whileHung();
  if (clientLeft(request, response)) return;

  const state = runtime.state();
  const live = { version: currentVersion(state), color: state.liveColor };
  if (pathname === "/metrics") {
    const body = await runtime.metrics.registry.metrics();
    response.writeHead(200, { "content-type": runtime.metrics.registry.contentType });
    return void response.end(body);
  }
  if (pathname === "/health") {
    return isUnhealthy(state.faults)
      ? sendJson(response, 503, { status: "unhealthy", ...live, reason: `injected error rate ${state.faults.errorRatePercent}%` })
      : sendJson(response, 200, { status: "ok", ...live });
  }
  if (pathname === "/health/ready") {
    return state.faults.mode === "crash" ? sendJson(response, 503, { ready: false, reason: "crashing" }) : sendJson(response, 200, { ready: true });
  }

  const route = runtime.service.routes.find((candidate) => candidate.path === pathname && candidate.method === request.method);
  if (!route) return sendError(response, 404, "not_found", `No route ${request.method} ${pathname}`);
  await serveAppRequest(runtime, route, request, response, startedAt);
}

async function serveAppRequest(runtime: ServiceRuntime, route: SandboxRoute, request: IncomingMessage, response: ServerResponse, startedAt: bigint): Promise<void> {
  const plan = planRequest(runtime.state(), runtime.service);
  await delay(plan.delayMs);
  if (clientLeft(request, response)) return;
  const code = plan.fail ? 500 : 200;
  const headers = { "x-sandbox-service": runtime.service.slug, "x-sandbox-version": plan.version, "x-sandbox-color": plan.color };
  const body = plan.fail
    ? { error: "internal error", service: runtime.service.slug, version: plan.version }
    : { ok: true, service: runtime.service.slug, route: route.path, version: plan.version, color: plan.color };
  sendJson(response, code, body, headers);
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  runtime.metrics.recordRequest({ code, method: route.method, route: route.path, color: plan.color, seconds });
}

function clientLeft(request: IncomingMessage, response: ServerResponse): boolean {
  return response.destroyed || request.socket.destroyed;
}
