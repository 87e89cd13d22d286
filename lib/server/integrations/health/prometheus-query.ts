import "server-only";
import { z } from "zod";
import type { PrometheusAuth, PrometheusQueryConfig } from "@/lib/domain/health/health-source-config";
import { describeFetchError, elapsedSince, failedCollection, type CollectionResult } from "./collection-result";

/** The HTTP API's answer to an instant query (https://prometheus.io/docs/prometheus/latest/querying/api/). */
const queryResponseSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("success"),
    data: z.discriminatedUnion("resultType", [
      z.object({ resultType: z.literal("vector"), result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: z.tuple([z.number(), z.string()]) })) }),
      z.object({ resultType: z.literal("scalar"), result: z.tuple([z.number(), z.string()]) }),
      z.object({ resultType: z.literal("matrix"), result: z.array(z.unknown()) }),
      z.object({ resultType: z.literal("string"), result: z.tuple([z.number(), z.string()]) }),
    ]),
  }),
  z.object({ status: z.literal("error"), errorType: z.string(), error: z.string() }),
]);

/** Runs the three PromQL queries; an empty answer (no traffic) is "no figure", not a failure. */
export async function queryPrometheus(config: PrometheusQueryConfig): Promise<CollectionResult> {
  const started = performance.now();
  try {
    const [errorRate, p95Seconds, requestRate] = await Promise.all([
      instantQuery(config, config.errorRateQuery),
      instantQuery(config, config.p95Query),
      instantQuery(config, config.requestRateQuery),
    ]);
    return {
      ok: true,
      requestRate,
      errorRate,
      p95Ms: p95Seconds === null ? null : Math.round(p95Seconds * 10_000) / 10,
      latencyMs: elapsedSince(started),
      version: null,
      error: null,
    };
  } catch (error) {
    const message = error instanceof QueryError ? error.message : describeFetchError(error, config.timeoutMs);
    return failedCollection(message, elapsedSince(started));
  }
}

class QueryError extends Error {}

async function instantQuery(config: PrometheusQueryConfig, query: string): Promise<number | null> {
  const url = new URL("api/v1/query", config.serverUrl.endsWith("/") ? config.serverUrl : `${config.serverUrl}/`);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...authorization(config.auth) },
    body: new URLSearchParams({ query }),
    signal: AbortSignal.timeout(config.timeoutMs),
    cache: "no-store",
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new QueryError(`Prometheus answered ${response.status} without JSON for ${query}`);
  }
  const parsed = queryResponseSchema.safeParse(json);
  if (!parsed.success) throw new QueryError(`Prometheus answered ${response.status} in an unexpected shape for ${query}`);
  if (parsed.data.status === "error") throw new QueryError(`Prometheus refused ${query}: ${parsed.data.error}`);
  const data = parsed.data.data;
  if (data.resultType === "scalar") return finite(data.result[1]);
  if (data.resultType !== "vector") throw new QueryError(`${query} must answer an instant vector or a scalar, not a ${data.resultType}`);
  if (data.result.length === 0) return null;
  if (data.result.length > 1) throw new QueryError(`${query} answered ${data.result.length} series; aggregate it to one (e.g. sum(...))`);
  return finite(data.result[0]!.value[1]);
}

function finite(value: string): number | null {
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function authorization(auth: PrometheusAuth): Record<string, string> {
  if (auth.kind === "bearer") return { authorization: `Bearer ${auth.token}` };
  if (auth.kind === "basic") return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` };
  return {};
}
