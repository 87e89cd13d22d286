import "server-only";
import type { Socket } from "socket.io";
import { z } from "zod";
import { canJoinRoom, roomName, type RoomRequest } from "@/lib/domain/permissions";
import type { Caller } from "../../auth/caller";
import { logger } from "../../observability/logger";
import { authorizeIncidentRoom } from "../../services/authorize-incident-room";

const roomSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("incident"), id: z.uuid() }),
  z.object({ kind: z.literal("service"), id: z.uuid() }),
  z.object({ kind: z.literal("user"), id: z.uuid() }),
  z.object({ kind: z.literal("incidents") }),
  z.object({ kind: z.literal("audit") }),
  z.object({ kind: z.literal("flags") }),
]);
const joinSchema = z.object({ room: roomSchema });

export type Ack = (response: { ok: true; room: string } | { ok: false; error: string }) => void;

/** room:join / room:leave, each validated and authorised, each answered through the acknowledgement. */
export function registerRoomHandlers(socket: Socket, caller: Caller): void {
  socket.on("room:join", async (payload: unknown, ack?: Ack) => {
    const reply = typeof ack === "function" ? ack : () => undefined;
    const parsed = joinSchema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: `invalid room: ${parsed.error.issues.map((issue) => issue.message).join("; ")}` });
    const room = parsed.data.room;
    if (!canJoinRoom(caller, room)) return reply({ ok: false, error: "forbidden: your role cannot join this room" });
    try {
      if (!(await isVisible(caller, room))) return reply({ ok: false, error: "not found" });
    } catch (error) {
      logger.error({ err: error, room }, "room:join could not check the incident");
      return reply({ ok: false, error: "internal error: try again" });
    }
    const name = roomName(room);
    await socket.join(name);
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

/** A private incident the caller does not take part in answers like a missing one ("not found"), as the API does. */
function isVisible(caller: Caller, room: RoomRequest): Promise<boolean> {
  return room.kind === "incident" ? authorizeIncidentRoom(caller, room.id) : Promise.resolve(true);
}
