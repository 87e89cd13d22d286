import "server-only";
import { randomUUID } from "node:crypto";

/**
 * The custom server stamps every request with these headers (overwriting any
 * a client sent), so route handlers read them back here.
 */
export const REQUEST_ID_HEADER = "x-request-id";
export const CLIENT_IP_HEADER = "x-rewind-client-ip";
/** The path and query the browser asked for, so a sign-in redirect can come back to it. */
export const REQUEST_PATH_HEADER = "x-rewind-request-path";

export function requestIdOf(request: Request): string {
  return request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
}

export function clientIpOf(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
