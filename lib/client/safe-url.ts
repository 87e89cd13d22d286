/**
 * Links typed by people are shown as links only when they are http(s):
 * a `javascript:` or `data:` URL in an href would run in Rewind's origin.
 */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
