import type { Severity } from "@/lib/domain/incidents/lifecycle";

/** Mid-tone colours that read on white and on slate-900 alike (recharts draws SVG, out of reach of `dark:`). */
export const SEVERITY_COLOURS: Record<Severity, string> = { critical: "#dc2626", high: "#ea580c", medium: "#ca8a04", low: "#64748b" };

export const SEVERITY_NAMES: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
