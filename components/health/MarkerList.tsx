import Link from "next/link";
import type { HealthMarker } from "@/lib/client/schemas/health";
import { formatClock } from "./health-format";

const KIND_LABELS: Record<HealthMarker["kind"], string> = {
  deploy: "Deploy",
  rollback: "Rollback",
  rollback_started: "Rollback started",
  verification_passed: "Verification passed",
  verification_failed: "Verification failed",
  incident: "Incident",
};
const KIND_CLASSES: Record<HealthMarker["kind"], string> = {
  deploy: "bg-violet-600 dark:bg-violet-400",
  rollback: "bg-emerald-600 dark:bg-emerald-400",
  rollback_started: "bg-sky-700 dark:bg-sky-400",
  verification_passed: "bg-green-700 dark:bg-green-400",
  verification_failed: "bg-red-700 dark:bg-red-300",
  incident: "bg-red-600 dark:bg-red-400",
};

/** The charts' vertical markers as text: readable without the chart, and the incident ones are links. */
export function MarkerList({ markers }: { markers: readonly HealthMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <section aria-labelledby="health-markers-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h3 id="health-markers-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        Deploys, rollbacks, verifications and incidents in this range
      </h3>
      <ol className="mt-2 flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
        {[...markers].reverse().map((marker) => (
          <li key={`${marker.kind}-${marker.at}-${marker.label}`} className="flex flex-wrap items-center gap-x-2">
            <span aria-hidden="true" className={`size-2 rounded-full ${KIND_CLASSES[marker.kind]}`} />
            <time dateTime={marker.at} className="text-slate-600 tabular-nums dark:text-slate-400">
              {formatClock(Date.parse(marker.at))}
            </time>
            <span className="sr-only">{KIND_LABELS[marker.kind]}:</span>
            {marker.href ? (
              <Link href={marker.href} className="font-medium text-indigo-800 underline dark:text-indigo-300">
                {marker.label}
              </Link>
            ) : (
              <span className="font-medium">{marker.label}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
