import { parsePrometheusText } from "@/lib/domain/health/prometheus-text";

/** One sample of the Prometheus text exposition format. */
export type MetricSample = { name: string; labels: Record<string, string>; value: number };

/** Every sample of a /metrics body, through Rewind's own strict parser; throws with its error on a body it cannot read. */
export function parseMetricsText(text: string): MetricSample[] {
  const parsed = parsePrometheusText(text);
  if (!parsed.ok) throw new Error(`Not a Prometheus text body: ${parsed.error}`);
  return parsed.families.flatMap((family) => family.samples.map(({ name, labels, value }) => ({ name, labels, value })));
}

/** Sum of the samples named `name` whose labels include `match`. */
export function sumSamples(samples: MetricSample[], name: string, match: Record<string, string> = {}): number {
  return samples
    .filter((sample) => sample.name === name && Object.entries(match).every(([key, value]) => sample.labels[key] === value))
    .reduce((total, sample) => total + sample.value, 0);
}

export async function scrapeMetrics(baseUrl: string): Promise<MetricSample[]> {
  const response = await fetch(new URL("/metrics", baseUrl), { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  return parseMetricsText(await response.text());
}

export type RequestCounts = { total: number; errors: number; latencySecondsSum: number };

/** The app request figures a service has measured so far, from its own /metrics. */
export async function readRequestCounts(baseUrl: string): Promise<RequestCounts> {
  const samples = await scrapeMetrics(baseUrl);
  return {
    total: sumSamples(samples, "http_requests_total"),
    errors: sumSamples(samples, "http_requests_total", { code: "500" }),
    latencySecondsSum: sumSamples(samples, "http_request_duration_seconds_sum"),
  };
}
