import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000);
const timeoutMs = z.number().int().min(100, "must be at least 100 ms").max(60_000, "must be at most 60 s");
const metricName = z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, "must be a Prometheus metric name");
const labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be a Prometheus label name");

export const HEALTH_SOURCE_KINDS = ["http_probe", "prometheus_scrape", "prometheus_query"] as const;
export type HealthSourceKind = (typeof HEALTH_SOURCE_KINDS)[number];

export const HEALTH_SOURCE_KIND_LABELS: Record<HealthSourceKind, string> = {
  http_probe: "HTTP probe",
  prometheus_scrape: "Prometheus /metrics scrape",
  prometheus_query: "Prometheus query (PromQL)",
};

export const httpProbeConfigSchema = z.object({
  url: httpUrl,
  expectedStatus: z.number().int().min(100).max(599).default(200),
  timeoutMs: timeoutMs.default(2_000),
});

/** Names default to what most HTTP instrumentation (and the sandbox fleet) exports. */
export const prometheusScrapeConfigSchema = z.object({
  url: httpUrl,
  timeoutMs: timeoutMs.default(2_000),
  requestsCounter: metricName.default("http_requests_total"),
  statusLabel: labelName.default("code"),
  latencyHistogram: metricName.default("http_request_duration_seconds"),
  versionInfo: metricName.default("app_version_info"),
});

/** A Prometheus server's bearer token or basic credentials; stored, never sent back to a browser. */
export const prometheusAuthSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("bearer"), token: z.string().min(1, "is required").max(4096) }),
  z.object({ kind: z.literal("basic"), username: z.string().min(1, "is required").max(200), password: z.string().max(4096) }),
]);
export type PrometheusAuth = z.infer<typeof prometheusAuthSchema>;

const promql = z.string().trim().min(1, "is required").max(4000);

export const prometheusQueryConfigSchema = z.object({
  serverUrl: httpUrl,
  auth: prometheusAuthSchema.default({ kind: "none" }),
  timeoutMs: timeoutMs.default(5_000),
  /** Must answer a ratio 0..1. */
  errorRateQuery: promql,
  /** Must answer seconds. */
  p95Query: promql,
  /** Must answer requests per second. */
  requestRateQuery: promql,
});

export type HttpProbeConfig = z.infer<typeof httpProbeConfigSchema>;
export type PrometheusScrapeConfig = z.infer<typeof prometheusScrapeConfigSchema>;
export type PrometheusQueryConfig = z.infer<typeof prometheusQueryConfigSchema>;

export const healthSourceInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("http_probe"), config: httpProbeConfigSchema }),
  z.object({ kind: z.literal("prometheus_scrape"), config: prometheusScrapeConfigSchema }),
  z.object({ kind: z.literal("prometheus_query"), config: prometheusQueryConfigSchema }),
]);

const sourceFields = {
  name: z.string().trim().min(1, "is required").max(120),
  intervalSeconds: z.number().int().min(1, "must be at least 1 s").max(3_600, "must be at most 1 h").default(5),
  enabled: z.boolean().default(true),
};

export const createHealthSourceSchema = z.intersection(z.object(sourceFields), healthSourceInputSchema);
export type CreateHealthSourceInput = z.infer<typeof createHealthSourceSchema>;

/** A stored source: the collector reads `config` through this, whatever wrote it. */
export type HealthSourceDefinition =
  | { kind: "http_probe"; config: HttpProbeConfig }
  | { kind: "prometheus_scrape"; config: PrometheusScrapeConfig }
  | { kind: "prometheus_query"; config: PrometheusQueryConfig };

export function parseHealthSourceDefinition(kind: HealthSourceKind, config: unknown): HealthSourceDefinition {
  return healthSourceInputSchema.parse({ kind, config });
}
