import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import { io, type Socket } from "socket.io-client";
import type { RoomRequest } from "@/lib/domain/permissions";

type SocketStatus = "connected" | "reconnecting";

type JoinAck = { ok: true } | { ok: false; error: string };

const JOIN_TIMEOUT_MS = 10_000;

let socket: Socket | null = null;

/** One connection per tab, opened on first use; the session cookie authenticates it. */
function getSocket(): Socket {
  socket ??= io({ path: "/socket.io", withCredentials: true });
  return socket;
}

function subscribeToStatus(onChange: () => void): () => void {
  const current = getSocket();
  current.on("connect", onChange);
  current.on("disconnect", onChange);
  return () => {
    current.off("connect", onChange);
    current.off("disconnect", onChange);
  };
}

export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(
    subscribeToStatus,
    () => (getSocket().connected ? "connected" : "reconnecting"),
    () => "reconnecting",
  );
}

/**
 * Joins a realtime room for as long as the component is mounted, again after
 * every reconnect (the server forgets rooms when a connection drops), and
 * routes the named events to `handlers`. Returns why the join failed, if it did.
 */
export function useRoom(room: RoomRequest, handlers: Record<string, (payload: unknown) => void>): string | null {
  const [joinError, setJoinError] = useState<string | null>(null);
  const roomKey = JSON.stringify(room);
  const eventsKey = Object.keys(handlers).sort().join(",");
  const dispatch = useEffectEvent((event: string, payload: unknown) => handlers[event]?.(payload));

  useEffect(() => {
    const current = getSocket();
    const request: RoomRequest = JSON.parse(roomKey);
    const join = () => {
      current.timeout(JOIN_TIMEOUT_MS).emit("room:join", { room: request }, (timeoutError: Error | null, ack?: JoinAck) => {
        if (timeoutError) setJoinError("The live connection did not answer. Updates may be delayed.");
        else if (ack && !ack.ok) setJoinError(ack.error);
        else setJoinError(null);
      });
    };
    const listeners = eventsKey.split(",").filter(Boolean).map((event) => [event, (payload: unknown) => dispatch(event, payload)] as const);

    for (const [event, listener] of listeners) current.on(event, listener);
    current.on("connect", join);
    if (current.connected) join();
    return () => {
      for (const [event, listener] of listeners) current.off(event, listener);
      current.off("connect", join);
      if (current.connected) current.emit("room:leave", { room: request });
    };
  }, [roomKey, eventsKey]);

  return joinError;
}
