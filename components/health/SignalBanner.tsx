import Link from "next/link";
import { SeverityBadge } from "@/components/incidents/IncidentBadges";
import type { HealthSignal } from "@/lib/client/schemas/health";
import { formatClock } from "./health-format";

export const SIGNAL_KIND_LABELS: Record<HealthSignal["kind"], string> = {
  error_rate: "Error rate",
  latency_regression: "Latency regression",
  unavailable: "Unavailable",
  failed_health_checks: "Failed health checks",
};

/**
 * Breached thresholds not cleared yet. A signal that opens while the page is
 * open is announced (role="alert" on its own item, mounted when it arrives);
 * ones already open on load are shown without interrupting anyone. When all
 * have cleared, the latest recovery is said politely.
 */
export function SignalBanner({ signals, newSignalIds }: { signals: readonly HealthSignal[]; newSignalIds: ReadonlySet<string> }) {
  const open = signals.filter((signal) => signal.clearedAt === null);
  const lastCleared = signals.filter((signal) => signal.clearedAt !== null).sort((a, b) => (a.clearedAt ?? "").localeCompare(b.clearedAt ?? "")).at(-1);

  return (
    <>
      {open.length > 0 && (
        <section
          aria-labelledby="open-signals-heading"
          data-testid="signal-banner"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <h2 id="open-signals-heading" className="flex items-center gap-2 font-semibold">
            <svg className="size-4 shrink-0" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.5} aria-hidden="true">
              <path d="M12 8v5m0 3.5h.01M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {open.length === 1 ? "A threshold is breached" : `${open.length} thresholds are breached`}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {open.map((signal) => (
              <li key={signal.id}>
                <div role={newSignalIds.has(signal.id) ? "alert" : undefined} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-medium">{SIGNAL_KIND_LABELS[signal.kind]}:</span>
                  <span className="break-words">{signal.message}</span>
                  <SeverityBadge severity={signal.severity} />
                  <span className="text-xs">
                    since <time dateTime={signal.openedAt}>{formatClock(Date.parse(signal.openedAt))}</time>
                  </span>
                  {signal.incident && (
                    <Link href={`/incidents/${signal.incident.key}`} className="font-medium underline">
                      {signal.incident.key}
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div role="status">
        {open.length === 0 && lastCleared?.clearedAt && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
            <span className="font-semibold">Back within thresholds.</span> {SIGNAL_KIND_LABELS[lastCleared.kind]} cleared at{" "}
            <time dateTime={lastCleared.clearedAt}>{formatClock(Date.parse(lastCleared.clearedAt))}</time>.
          </p>
        )}
      </div>
    </>
  );
}
