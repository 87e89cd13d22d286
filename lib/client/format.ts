const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** For timestamps fetched in the browser, so the viewer's locale and time zone apply. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
