/** A clock figure for people: "45 s", "12 min", "3.5 h", "2.1 d"; an em dash for no data. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = seconds / 60;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} d`;
}

export function formatShare(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

/** A bucket's start as a short label: "Mar 2026" for months, "Mar 2" for weeks. */
export function formatBucket(startIso: string, unit: "week" | "month"): string {
  const options: Intl.DateTimeFormatOptions = unit === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { month: "short", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat("en", options).format(new Date(startIso));
}
