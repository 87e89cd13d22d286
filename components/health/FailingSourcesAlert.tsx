import { Alert } from "@/components/ui/Alert";
import type { HealthSource } from "@/lib/client/schemas/health";

/** Why a service reads "down": each failing source with the error its last check got (an unreachable target, a malformed /metrics). */
export function FailingSourcesAlert({ sources }: { sources: readonly HealthSource[] }) {
  const failing = sources.filter((source) => source.enabled && source.consecutiveFailures > 0);
  if (failing.length === 0) return null;
  return (
    <Alert tone="warning" title={failing.length === 1 ? "A health check is failing" : `${failing.length} health checks are failing`}>
      <ul className="flex flex-col gap-1">
        {failing.map((source) => (
          <li key={source.id} className="break-words">
            <span className="font-semibold">{source.name}:</span> {source.lastError ?? "no answer"}{" "}
            <span className="text-xs">({source.consecutiveFailures} in a row)</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
