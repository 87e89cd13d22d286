import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { REQUEST_PATH_HEADER } from "../http/request-context";
import type { Caller } from "./caller";
import { resolveUserCaller } from "./resolve-caller";
import { sessionUserId } from "./session-cookie";

/** The signed-in person for a server component, or null; looked up once per render (layout and page share it). */
export const getPageCaller = cache(async (): Promise<Caller | null> => {
  const cookieStore = await cookies();
  const header = cookieStore
    .getAll()
    .map((cookie) => `${cookie.name}=${encodeURIComponent(cookie.value)}`)
    .join("; ");
  const userId = await sessionUserId(header);
  return userId ? resolveUserCaller(userId) : null;
});

/** For pages behind sign-in: sends anonymous visitors to /login, to come back here afterwards. */
export async function requirePageCaller(): Promise<Caller> {
  const caller = await getPageCaller();
  if (caller) return caller;
  const path = new URL((await headers()).get(REQUEST_PATH_HEADER) ?? "/", "http://rewind.invalid");
  path.searchParams.delete("_rsc");
  const returnTo = `${path.pathname}${path.search}`;
  redirect(returnTo === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(returnTo)}`);
}
