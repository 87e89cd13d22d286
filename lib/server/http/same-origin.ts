import "server-only";
import { AppError } from "@/lib/domain/app-error";

/**
 * Cookie-authenticated mutations must come from Rewind's own pages. Browsers
 * send Origin on every cross-site (and same-site) POST, PATCH, PUT and DELETE,
 * and Sec-Fetch-Site where supported; a request carrying neither is not from
 * a browser page we trust with the cookie. API-token callers are exempt: a
 * bearer token is never sent automatically by a browser.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "same-origin") return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && safeHost(origin) === host) return;
  throw new AppError("forbidden", "Cross-site request refused: send it from Rewind itself, or use an API token");
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
