import "server-only";
import type { Socket } from "socket.io";
import { z } from "zod";
import { canJoinRoom, roomName } from "@/lib/domain/permissions";
import type { Caller } from "../../auth/caller";

const roomSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("incident"), id: z.uuid() }),
  z.object({ kind: z.literal("service"), id: z.uuid() }),
  z.object({ kind: z.literal("user"), id: z.uuid() }),
  z.object({ kind: z.literal("audit") }),
]);
const joinSchema = z.object({ room: roomSchema });

export type Ack = (response: { ok: true; room: string } | { ok: false; error: string }) => void;

/** room:join / room:leave, each validated and authorised, each answered through the acknowledgement. */
export function registerRoomHandlers(socket: Socket, caller: Caller): void {
  socket.on("room:join", (payload: unknown, ack?: Ack) => {
    const reply = typeof ack === "function" ? ack : () => undefined;
    const parsed = joinSchema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: `invalid room: ${parsed.error.issues.map((issue) => issue.message).join("; ")}` });
    if (!canJoinRoom(caller, parsed.data.room)) return reply({ ok: false, error: "forbidden: your role cannot join this room" });
    const name = roomName(parsed.data.room);
    void socket.join(name);
    reply({ ok: true, room: name });
  });

  socket.on("room:leave", (payload: unknown, ack?: Ack) => {
    const reply = typeof ack === "function" ? ack : () => undefined;
    const parsed = joinSchema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: "invalid room" });
    const name = roomName(parsed.data.room);
    void socket.leave(name);
    reply({ ok: true, room: name });
  });
}
