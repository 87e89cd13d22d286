import "server-only";
import { decode } from "next-auth/jwt";

/**
 * next-auth keeps the session in a signed, encrypted JWT cookie. Rewind reads
 * it itself (rather than through getServerSession) so that route handlers,
 * pages and socket.io handshakes share one code path that needs no Next.js
 * request context.
 */
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export function readSessionCookie(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    cookies.set(part.slice(0, separator).trim(), decodeURIComponent(part.slice(separator + 1).trim()));
  }
  for (const name of COOKIE_NAMES) {
    const whole = cookies.get(name);
    if (whole) return whole;
    // next-auth splits cookies above 4 kB into name.0, name.1, ...
    const chunks: string[] = [];
    for (let index = 0; cookies.has(`${name}.${index}`); index += 1) chunks.push(cookies.get(`${name}.${index}`) as string);
    if (chunks.length > 0) return chunks.join("");
  }
  return null;
}

/** The user id inside a valid session cookie, or null. */
export async function sessionUserId(cookieHeader: string | null | undefined): Promise<string | null> {
  const token = readSessionCookie(cookieHeader);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  try {
    const payload = await decode({ token, secret });
    return typeof payload?.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}
