import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { LATENCY_BUCKETS_SECONDS } from "@/lib/sandbox/service/service-metrics";

/**
 * Child process of the collector benchmark: one HTTP server standing in for
 * a fleet of services, each at /svc/<n>/metrics and /svc/<n>/health. The
 * bodies look like the sandbox's (same names, labels and buckets, plus the
 * default Node.js metrics' bulk), and their counters grow with wall time.
 */
const SERVICES = Number(process.env.BENCH_SERVICES ?? 100);
const ROUTES = ["/", "/api/items", "/checkout"];
const CODES = ["200", "404", "500"];
const startedAt = Date.now();

type ServiceShape = { requestsPerSecond: number; errorShare: number; version: string };
const services: ServiceShape[] = Array.from({ length: SERVICES }, (_, index) => ({
  requestsPerSecond: 20 + (index % 17) * 7,
  errorShare: (index % 10) / 200,
  version: `1.${index % 5}.${index % 3}`,
}));

// Stands in for collectDefaultMetrics' ~60 lines: the collector must read past them.
const PROCESS_METRICS = Array.from({ length: 30 }, (_, index) => `# HELP nodejs_bench_gauge_${index} Node.js runtime figure ${index}\n# TYPE nodejs_bench_gauge_${index} gauge\nnodejs_bench_gauge_${index} ${index * 1234.5}`).join("\n");

function metricsBody(shape: ServiceShape): string {
  const elapsed = (Date.now() - startedAt) / 1000;
  const total = shape.requestsPerSecond * elapsed;
  const lines: string[] = [PROCESS_METRICS];
  lines.push("# HELP http_requests_total App requests answered", "# TYPE http_requests_total counter");
  for (const route of ROUTES) {
    const routeTotal = total / ROUTES.length;
    const shares: Record<string, number> = { "200": 1 - shape.errorShare - 0.01, "404": 0.01, "500": shape.errorShare };
    for (const code of CODES) lines.push(`http_requests_total{code="${code}",method="GET",route="${route}",color="blue"} ${Math.floor(routeTotal * (shares[code] ?? 0))}`);
  }
  lines.push("# HELP http_request_duration_seconds Time to answer an app request", "# TYPE http_request_duration_seconds histogram");
  for (const route of ROUTES) {
    const count = Math.floor(total / ROUTES.length);
    for (const bound of LATENCY_BUCKETS_SECONDS) {
      // A smooth latency distribution centred near 60 ms.
      const share = 1 - Math.exp(-bound / 0.06);
      lines.push(`http_request_duration_seconds_bucket{le="${bound}",route="${route}",color="blue"} ${Math.floor(count * share)}`);
    }
    lines.push(`http_request_duration_seconds_bucket{le="+Inf",route="${route}",color="blue"} ${count}`);
    lines.push(`http_request_duration_seconds_sum{route="${route}",color="blue"} ${(count * 0.06).toFixed(3)}`);
    lines.push(`http_request_duration_seconds_count{route="${route}",color="blue"} ${count}`);
  }
  lines.push("# HELP app_version_info 1 for each version and slot serving traffic", "# TYPE app_version_info gauge");
  lines.push(`app_version_info{version="${shape.version}",color="blue"} 1`);
  return `${lines.join("\n")}\n`;
}

const server = createServer((request, response) => {
  const match = /^\/svc\/(\d+)\/(metrics|health)$/.exec(request.url ?? "");
  const shape = match ? services[Number(match[1])] : undefined;
  if (!match || !shape) {
    response.writeHead(404).end();
    return;
  }
  if (match[2] === "health") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok", version: shape.version }));
    return;
  }
  response.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(metricsBody(shape));
});

server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
