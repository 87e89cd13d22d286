import { setMaxListeners } from "node:events";
import { Agent, request } from "node:http";
import type { SandboxRoute } from "../fleet-definition";

const TICK_MS = 50;
/** A hung service never answers: give up on a request after this, so the load stays bounded. */
const REQUEST_TIMEOUT_MS = 3_000;

/**
 * Built-in traffic: real HTTP requests over loopback to the service's own app
 * routes, at a steady rate, so its metrics are measured rather than invented.
 */
export function startTraffic(options: { baseUrl: string; routes: readonly SandboxRoute[]; perSecond: number }): { stop(): void } {
  const { baseUrl, routes, perSecond } = options;
  if (perSecond <= 0 || routes.length === 0) return { stop: () => {} };
  const stopped = new AbortController();
  // A second's worth: room for the slowest release, but bounded while the service hangs or the machine is busy.
  const maxInFlight = Math.max(20, Math.ceil(perSecond));
  // Every request in flight listens on the one stop signal; more than Node's default 10 is expected, not a leak.
  setMaxListeners(maxInFlight + 1, stopped.signal);
  const totalWeight = routes.reduce((sum, route) => sum + route.weight, 0);
  let inFlight = 0;
  let budget = 0;
  let lastTick = performance.now();

  const pickRoute = (): SandboxRoute => {
    let point = Math.random() * totalWeight;
    for (const route of routes) {
      point -= route.weight;
      if (point < 0) return route;
    }
    return routes[routes.length - 1] as SandboxRoute;
  };

  // node:http with kept-alive sockets costs about a third less CPU per request than fetch, which matters on a small machine.
  const agent = new Agent({ keepAlive: true, maxSockets: maxInFlight });
  const send = (route: SandboxRoute) => {
    inFlight++;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      inFlight--;
    };
    const outgoing = request(new URL(route.path, baseUrl), { method: route.method, agent, timeout: REQUEST_TIMEOUT_MS, signal: stopped.signal }, (response) => {
      response.resume();
      response.once("end", done);
    });
    // Failures are the service's own figures (or its hang); the traffic just goes on.
    outgoing.once("error", done);
    outgoing.once("timeout", () => outgoing.destroy());
    outgoing.once("close", done);
    outgoing.end();
  };

  const timer = setInterval(() => {
    const now = performance.now();
    budget += ((now - lastTick) / 1000) * perSecond;
    lastTick = now;
    while (budget >= 1) {
      budget--;
      if (inFlight >= maxInFlight) continue;
      send(pickRoute());
    }
  }, TICK_MS);

  return {
    stop() {
      clearInterval(timer);
      stopped.abort();
      agent.destroy();
    },
  };
}
