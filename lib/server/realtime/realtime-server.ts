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

/** The server-side event that carries a broadcast to the other instances. */
export const RELAY_EVENT = "rewind:relay";
export type RelayedBroadcast = { room: string; event: string; payload: unknown };

/**
 * Sends an event to everyone in a room, on every instance. Call only after the
 * transaction that caused it has committed. Without a server (CLI, tests),
 * there is nobody to tell.
 *
 * The adapter's own `to(room).emit` delivers locally only after its NOTIFY
 * round trip to Postgres, which set most of the fan-out latency
 * (docs/performance.md). So this instance's sockets get the event at once, and
 * the others through a server-side event that each re-emits locally.
 */
export function publish(room: string, event: string, payload: unknown): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.local.to(room).emit(event, payload);
  io.serverSideEmit(RELAY_EVENT, { room, event, payload } satisfies RelayedBroadcast);
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
