import type { HealthStatus } from "@/lib/client/schemas/health";

const STATUS_LABELS: Record<HealthStatus, string> = { healthy: "Healthy", degraded: "Degraded", down: "Down", unknown: "No data" };

const STATUS_CLASSES: Record<HealthStatus, string> = {
  healthy: "bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  degraded: "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  down: "bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
  unknown: "bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
};

export function healthStatusLabel(status: HealthStatus): string {
  return STATUS_LABELS[status];
}

/** Colour, an icon and a word: the status must read the same without colour. */
export function HealthStatusBadge({ status, size = "sm" }: { status: HealthStatus; size?: "sm" | "md" }) {
  return (
    <span
      data-testid="health-status"
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${STATUS_CLASSES[status]} ${
        size === "md" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
    >
      <StatusIcon status={status} />
      {STATUS_LABELS[status]}
    </span>
  );
}

function StatusIcon({ status }: { status: HealthStatus }) {
  const path = {
    healthy: "M5 12.5l4.5 4.5L19 7.5",
    degraded: "M12 8v5m0 3.5h.01M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z",
    down: "M6 6l12 12M18 6 6 18",
    unknown: "M9.1 9a3 3 0 1 1 4.1 2.8c-.7.3-1.2 1-1.2 1.7v.5m0 3.5h.01",
  }[status];
  return (
    <svg className="size-3.5 shrink-0" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}
