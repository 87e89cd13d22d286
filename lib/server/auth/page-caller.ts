import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
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

/** For pages behind sign-in: sends anonymous visitors to /login. */
export async function requirePageCaller(): Promise<Caller> {
  const caller = await getPageCaller();
  if (!caller) redirect("/login");
  return caller;
}
