import { SEVERITIES, type Severity } from "../incidents/lifecycle";

export type Labels = Readonly<Record<string, string>>;

/** The slug of the service that receives alerts no registered service claims. */
export const UNASSIGNED_SERVICE_SLUG = "unassigned";

/** Labels that name the service, most specific first: `job` is often a scrape job rather than a service. */
const SERVICE_LABELS = ["service", "app", "job"] as const;

/**
 * The service slug an alert's labels name, lower-cased because slugs are;
 * null when none of the service labels is set.
 */
export function serviceSlugFromLabels(labels: Labels): string | null {
  for (const name of SERVICE_LABELS) {
    const value = labels[name]?.trim().toLowerCase();
    if (value) return value;
  }
  return null;
}

/** The words monitoring tools use for severity, and what each means in Rewind. */
export const SEVERITY_WORDS = {
  critical: "critical",
  high: "high",
  error: "high",
  major: "high",
  warning: "medium",
  medium: "medium",
  info: "low",
  low: "low",
  minor: "low",
} as const satisfies Record<string, Severity>;

export type SeverityWord = keyof typeof SEVERITY_WORDS;

/**
 * A `severity` label as a Rewind severity. Anything unknown or missing is
 * high: an alert somebody routed to Rewind deserves attention, and guessing
 * low could hide an outage.
 */
export function severityFromLabel(value: string | undefined): Severity {
  const word = value?.trim().toLowerCase() ?? "";
  return Object.hasOwn(SEVERITY_WORDS, word) ? SEVERITY_WORDS[word as SeverityWord] : "high";
}

/** The most severe of `severities`; null for none. */
export function highestSeverity(severities: Iterable<Severity>): Severity | null {
  let highest: Severity | null = null;
  for (const severity of severities) {
    if (highest === null || SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(highest)) highest = severity;
  }
  return highest;
}

export function isMoreSevere(candidate: Severity, than: Severity): boolean {
  return SEVERITIES.indexOf(candidate) < SEVERITIES.indexOf(than);
}
