/** One sample of the Prometheus text exposition format. */
export type MetricSample = { name: string; labels: Record<string, string>; value: number };

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Just enough of the text format for tests to read counters; throws on a line it cannot read. */
export function parseMetricsText(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const match = SAMPLE_LINE.exec(line);
    if (!match) throw new Error(`Not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? "").matchAll(LABEL_PAIR)) labels[pair[1] as string] = (pair[2] as string).replace(/\\(.)/g, "$1");
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
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
