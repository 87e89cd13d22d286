import { Badge } from "@/components/ui/Badge";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/client/incident-labels";
import type { IncidentStatus, Severity } from "@/lib/domain/incidents/lifecycle";

const SEVERITY_TONES = { critical: "danger", high: "warning", medium: "info", low: "neutral" } as const;
const STATUS_TONES = {
  declared: "danger",
  investigating: "warning",
  mitigating: "warning",
  monitoring: "info",
  resolved: "success",
  closed: "neutral",
} as const;

/** Colour for a glance, text for everyone (colour alone is not enough). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge tone={SEVERITY_TONES[severity]}>
      <span aria-hidden="true" className="mr-1 size-1.5 rounded-full bg-current" />
      <span className="sr-only">Severity: </span>
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span className="sr-only">Status: </span>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function PrivateBadge() {
  return (
    <Badge tone="info">
      <svg className="mr-1 size-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.5} aria-hidden="true">
        <rect x="5" y="11" width="14" height="10" rx="2" />
        <path d="M8 11V7a4 4 0 0 1 8 0v4" />
      </svg>
      Private
    </Badge>
  );
}
