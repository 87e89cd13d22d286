import "server-only";
import type { Server } from "socket.io";
import type { Caller } from "../auth/caller";

/**
 * The custom server and the Next.js bundle load separate copies of this
 * module, so the socket.io server they share lives on globalThis.
 */
const globalForRealtime = globalThis as unknown as { __rewindIo?: Server };

export function setRealtimeServer(io: Server | undefined): void {
  globalForRealtime.__rewindIo = io;
}

export function getRealtimeServer(): Server | undefined {
  return globalForRealtime.__rewindIo;
}

/**
 * Sends an event to everyone in a room, on every instance (the Postgres
 * adapter relays it). Call only after the transaction that caused it has
 * committed. Without a server (CLI, tests), there is nobody to tell.
 */
export function publish(room: string, event: string, payload: unknown): void {
  getRealtimeServer()?.to(room).emit(event, payload);
}

/**
 * Makes every socket in `room` whose caller fails `mayStay` leave it, on every
 * instance. Call after a commit that narrows who may watch (an incident turned
 * private, a participant removed) and before publishing that change, so the
 * people who just lost access do not receive it.
 */
export async function removeFromRoomUnless(room: string, mayStay: (caller: Caller) => boolean): Promise<void> {
  const io = getRealtimeServer();
  if (!io) return;
  const sockets = await io.in(room).fetchSockets();
  for (const socket of sockets) {
    const caller = (socket.data as { caller?: Caller }).caller;
    if (!caller || !mayStay(caller)) socket.leave(room);
  }
}
