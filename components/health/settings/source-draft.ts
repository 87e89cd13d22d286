import type { HealthSource } from "@/lib/client/schemas/health";
import {
  httpProbeConfigSchema,
  prometheusQueryConfigSchema,
  prometheusScrapeConfigSchema,
  type HealthSourceKind,
} from "@/lib/domain/health/health-source-config";

/** A health source form's values, as typed (numbers stay text until sent, so the server can name a bad one). */
export type SourceDraft = {
  kind: HealthSourceKind;
  name: string;
  intervalSeconds: string;
  url: string;
  expectedStatus: string;
  timeoutMs: string;
  requestsCounter: string;
  statusLabel: string;
  latencyHistogram: string;
  versionInfo: string;
  serverUrl: string;
  authKind: "none" | "bearer" | "basic";
  token: string;
  username: string;
  password: string;
  errorRateQuery: string;
  p95Query: string;
  requestRateQuery: string;
};

// The defaults come from the config schemas themselves, so the form and the server never disagree.
const PROBE_DEFAULTS = httpProbeConfigSchema.parse({ url: "http://localhost" });
const SCRAPE_DEFAULTS = prometheusScrapeConfigSchema.parse({ url: "http://localhost" });
const QUERY_DEFAULTS = prometheusQueryConfigSchema.parse({ serverUrl: "http://localhost", errorRateQuery: "x", p95Query: "x", requestRateQuery: "x" });

/** The sandbox's (and most HTTP instrumentation's) metric names, with the service's slug as the job. */
function queryTemplates(slug: string) {
  const job = `job="${slug}"`;
  return {
    errorRateQuery: `sum(rate(http_requests_total{${job},code=~"5.."}[1m])) / sum(rate(http_requests_total{${job}}[1m]))`,
    p95Query: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${job}}[1m])))`,
    requestRateQuery: `sum(rate(http_requests_total{${job}}[1m]))`,
  };
}

export function newSourceDraft(kind: HealthSourceKind, serviceSlug: string): SourceDraft {
  return {
    kind,
    name: "",
    intervalSeconds: "5",
    url: "",
    expectedStatus: String(PROBE_DEFAULTS.expectedStatus),
    timeoutMs: String(kind === "prometheus_query" ? QUERY_DEFAULTS.timeoutMs : kind === "prometheus_scrape" ? SCRAPE_DEFAULTS.timeoutMs : PROBE_DEFAULTS.timeoutMs),
    requestsCounter: SCRAPE_DEFAULTS.requestsCounter,
    statusLabel: SCRAPE_DEFAULTS.statusLabel,
    latencyHistogram: SCRAPE_DEFAULTS.latencyHistogram,
    versionInfo: SCRAPE_DEFAULTS.versionInfo,
    serverUrl: "",
    authKind: "none",
    token: "",
    username: "",
    password: "",
    ...queryTemplates(serviceSlug),
  };
}

/** An existing source's values; a stored secret comes back masked and is sent back masked to keep it. */
export function draftFromSource(source: HealthSource, serviceSlug: string): SourceDraft {
  const config = source.config;
  const text = (key: string, fallback: string) => (typeof config[key] === "string" || typeof config[key] === "number" ? String(config[key]) : fallback);
  const auth = (typeof config.auth === "object" && config.auth !== null ? config.auth : {}) as Record<string, unknown>;
  const base = newSourceDraft(source.kind, serviceSlug);
  return {
    ...base,
    name: source.name,
    intervalSeconds: String(source.intervalSeconds),
    url: text("url", ""),
    expectedStatus: text("expectedStatus", base.expectedStatus),
    timeoutMs: text("timeoutMs", base.timeoutMs),
    requestsCounter: text("requestsCounter", base.requestsCounter),
    statusLabel: text("statusLabel", base.statusLabel),
    latencyHistogram: text("latencyHistogram", base.latencyHistogram),
    versionInfo: text("versionInfo", base.versionInfo),
    serverUrl: text("serverUrl", ""),
    authKind: auth.kind === "bearer" || auth.kind === "basic" ? auth.kind : "none",
    token: typeof auth.token === "string" ? auth.token : "",
    username: typeof auth.username === "string" ? auth.username : "",
    password: typeof auth.password === "string" ? auth.password : "",
    errorRateQuery: text("errorRateQuery", base.errorRateQuery),
    p95Query: text("p95Query", base.p95Query),
    requestRateQuery: text("requestRateQuery", base.requestRateQuery),
  };
}

/** Text to number; anything that is not a number goes as typed, and the server names the field. */
export function numberInput(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

export function configFromDraft(draft: SourceDraft): Record<string, unknown> {
  switch (draft.kind) {
    case "http_probe":
      return { url: draft.url.trim(), expectedStatus: numberInput(draft.expectedStatus), timeoutMs: numberInput(draft.timeoutMs) };
    case "prometheus_scrape":
      return {
        url: draft.url.trim(),
        timeoutMs: numberInput(draft.timeoutMs),
        requestsCounter: draft.requestsCounter.trim(),
        statusLabel: draft.statusLabel.trim(),
        latencyHistogram: draft.latencyHistogram.trim(),
        versionInfo: draft.versionInfo.trim(),
      };
    case "prometheus_query":
      return {
        serverUrl: draft.serverUrl.trim(),
        auth:
          draft.authKind === "bearer"
            ? { kind: "bearer", token: draft.token }
            : draft.authKind === "basic"
              ? { kind: "basic", username: draft.username.trim(), password: draft.password }
              : { kind: "none" },
        timeoutMs: numberInput(draft.timeoutMs),
        errorRateQuery: draft.errorRateQuery,
        p95Query: draft.p95Query,
        requestRateQuery: draft.requestRateQuery,
      };
  }
}
