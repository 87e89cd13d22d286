import "server-only";
import type { Role } from "@/lib/domain/permissions";

/** Who is making a request: a signed-in person, or an API token. */
export type Caller =
  | { kind: "user"; userId: string; tokenId: null; role: Role; name: string; email: string }
  | { kind: "token"; userId: string | null; tokenId: string; role: Role; name: string; email: null };

/** The actor recorded in audit rows and timelines. */
export type Actor = Caller | { kind: "system"; userId: null; tokenId: null; role: "admin"; name: string; email: null };

export const SYSTEM_ACTOR: Actor = { kind: "system", userId: null, tokenId: null, role: "admin", name: "Rewind", email: null };
