import "server-only";
import type { CheckOutcome, VerificationCheck } from "@/lib/domain/rollback/verification";
import type { Db } from "../../../db/client";
import { checkHttp } from "../../../integrations/rollback/http-check";
import { countRows } from "../../../integrations/rollback/sql-row-counts";
import { listHealthSamples, medianP95Between } from "../../../queries/health-samples";
import { listHealthSourcesOfService } from "../../../queries/health-sources";
import { ensureThresholds } from "../../../queries/service-thresholds";
import type { SecretResolver } from "../../../integrations/rollback/action-executor";

export type CheckContext = {
  db: Db;
  serviceId: string;
  window: { from: Date; to: Date };
  /** Where the regression baseline ends: the last deploy before the rollback started. */
  baselineAnchor: Date;
  capturedRowCounts: { database: string; counts?: Record<string, number> }[];
  secrets: SecretResolver;
  signal: AbortSignal;
};

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;

/** Runs one verification check and says what it expected and what it saw. */
export async function runCheck(check: VerificationCheck, context: CheckContext): Promise<CheckOutcome[]> {
  switch (check.kind) {
    case "health_endpoints": {
      const sources = (await listHealthSourcesOfService(context.db, context.serviceId)).filter((source) => source.kind === "http_probe" && source.enabled);
      const urls = [...sources.map((source) => (source.config as { url: string }).url), ...check.urls];
      if (urls.length === 0) return [{ kind: check.kind, name: "Health endpoints", passed: false, expected: "at least one health endpoint", actual: "none configured" }];
      return Promise.all(
        urls.map(async (url) => {
          const result = await checkHttp({ method: "GET", url }, context.signal);
          return { kind: check.kind, name: `Health ${url}`, passed: result.ok, expected: "2xx", actual: result.actual };
        }),
      );
    }
    case "error_rate": {
      const thresholds = await ensureThresholds(context.db, context.serviceId);
      const rates = (await listHealthSamples(context.db, context.serviceId, context.window.from)).filter((sample) => sample.at <= context.window.to && sample.errorRate !== null).map((sample) => sample.errorRate!);
      const limit = thresholds.errorRatePercent / 100;
      if (rates.length === 0) return [{ kind: check.kind, name: "Error rate", passed: false, expected: `< ${pct(limit)}`, actual: "no samples in the window" }];
      const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
      return [{ kind: check.kind, name: "Error rate", passed: mean < limit, expected: `< ${pct(limit)}`, actual: `${pct(mean)} (mean of ${rates.length} samples)` }];
    }
    case "p95_baseline": {
      const thresholds = await ensureThresholds(context.db, context.serviceId);
      const baselineFrom = new Date(context.baselineAnchor.getTime() - thresholds.baselineMinutes * 60_000);
      const baseline = await medianP95Between(context.db, context.serviceId, baselineFrom, context.baselineAnchor);
      const now = await medianP95Between(context.db, context.serviceId, context.window.from, context.window.to);
      if (baseline === null || now === null) {
        return [{ kind: check.kind, name: "p95 latency", passed: false, expected: "a baseline and samples in the window", actual: baseline === null ? "no baseline" : "no p95 samples in the window" }];
      }
      const limit = baseline * (1 + thresholds.p95IncreasePercent / 100);
      return [{ kind: check.kind, name: "p95 latency", passed: now <= limit, expected: `≤ ${Math.round(limit)} ms (baseline ${Math.round(baseline)} ms + ${thresholds.p95IncreasePercent}%)`, actual: `${Math.round(now)} ms` }];
    }
    case "http": {
      const result = await checkHttp(check, context.signal);
      return [{ kind: check.kind, name: check.name, passed: result.ok, expected: `HTTP ${check.expectedStatus}${check.bodyContains ? ` with “${check.bodyContains}”` : ""}`, actual: result.actual }];
    }
    case "sql_row_counts": {
      const captured = context.capturedRowCounts.find((entry) => entry.database === check.database.secret)?.counts;
      if (!captured) return [{ kind: check.kind, name: `Row counts (${check.database.secret})`, passed: false, expected: "counts captured before the rollback", actual: "nothing was captured" }];
      let now: Record<string, number>;
      try {
        now = await countRows(await context.secrets.reveal(check.database), check.tables, context.signal);
      } catch (error) {
        return [{ kind: check.kind, name: `Row counts (${check.database.secret})`, passed: false, expected: "the database answers", actual: error instanceof Error ? error.message : String(error) }];
      }
      return check.tables.map((table) => {
        const before = captured[table] ?? 0;
        const after = now[table] ?? 0;
        const allowed = (before * check.tolerancePercent) / 100;
        return { kind: check.kind, name: `Rows in ${table}`, passed: Math.abs(after - before) <= allowed, expected: `${before}${check.tolerancePercent > 0 ? ` ± ${check.tolerancePercent}%` : ""}`, actual: String(after) };
      });
    }
  }
}
