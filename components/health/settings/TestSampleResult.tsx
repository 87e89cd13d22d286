import { Alert } from "@/components/ui/Alert";
import type { HealthSample } from "@/lib/client/schemas/health";
import { formatErrorRate, formatMs, formatRequestRate } from "../health-format";

/** What one collection just now found: the figures, or why it failed. */
export function TestSampleResult({ sample }: { sample: HealthSample }) {
  if (!sample.ok) {
    return (
      <Alert tone="error" title="The check failed">
        <p className="break-words">{sample.error ?? "No reason given."}</p>
      </Alert>
    );
  }
  const figures = [
    sample.latencyMs !== null && `answered in ${formatMs(sample.latencyMs)}`,
    sample.errorRate !== null && `error rate ${formatErrorRate(sample.errorRate)}`,
    sample.p95Ms !== null && `p95 ${formatMs(sample.p95Ms)}`,
    sample.requestRate !== null && formatRequestRate(sample.requestRate),
    sample.version !== null && `version ${sample.version}`,
  ].filter(Boolean);
  return (
    <Alert tone="success" title="The check passed">
      <p>{figures.length > 0 ? `Found: ${figures.join(", ")}.` : "It answered; rates need a second scrape, so they show once the collector has run twice."}</p>
      {sample.error && <p className="mt-1 break-words">Note: {sample.error}</p>}
    </Alert>
  );
}
