import type { Server } from "socket.io";
import { setRealtimeServer } from "@/lib/server/realtime/realtime-server";

export type Broadcast = { room: string; event: string; payload: unknown };

/**
 * Stands in for socket.io in use-case tests, recording what they publish after
 * their commits (into `into`), in the shape `publish` uses: local delivery and
 * the relay to other instances.
 */
export function recordBroadcasts(into: Broadcast[]): void {
  const local = { to: (room: string) => ({ emit: (event: string, payload: unknown) => into.push({ room, event, payload }) }) };
  setRealtimeServer({ local, serverSideEmit: () => true } as unknown as Server);
}

export function stopRecordingBroadcasts(): void {
  setRealtimeServer(undefined);
}
