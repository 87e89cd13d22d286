import "server-only";
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";
import { Server } from "socket.io";
import { AppError } from "@/lib/domain/app-error";
import type { Caller } from "../auth/caller";
import { resolveCaller, resolveTokenCaller } from "../auth/resolve-caller";
import { logger } from "../observability/logger";
import { metrics } from "../observability/metrics-registry";
import { registerRoomHandlers } from "./handlers/rooms";
import { RELAY_EVENT, setRealtimeServer, type RelayedBroadcast } from "./realtime-server";

type SocketData = { caller: Caller };

/**
 * socket.io on Rewind's HTTP server. Every connection is authenticated (API
 * token in `auth.token`, or the session cookie from a same-origin page), and
 * broadcasts travel between instances through Postgres LISTEN/NOTIFY.
 */
export function attachSocketServer(httpServer: HttpServer, databaseUrl: string): { io: Server; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  // Expected while Postgres restarts or shuts down; the pool reconnects on the next query.
  pool.on("error", (error) => logger.warn({ err: error }, "socket.io adapter lost a database connection"));
  const io = new Server<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>(httpServer, {
    path: "/socket.io",
    serveClient: false,
    adapter: createAdapter(pool, { tableName: "socket_io_attachments" }),
    allowRequest: (request, callback) => callback(null, isSameOriginOrCookieless(request.headers)),
  });

  io.use(async (socket, next) => {
    try {
      const token = (socket.handshake.auth as { token?: unknown }).token;
      const caller =
        typeof token === "string" && token.length > 0 ? await resolveTokenCaller(token) : await resolveCaller({ cookie: socket.handshake.headers.cookie });
      if (!caller) return next(new Error("unauthorized"));
      socket.data.caller = caller;
      next();
    } catch (error) {
      if (!(error instanceof AppError)) logger.error({ err: error }, "socket authentication failed");
      next(new Error("unauthorized"));
    }
  });

  // Broadcasts published on another instance (see `publish`).
  (io as unknown as Server).on(RELAY_EVENT, (broadcast: RelayedBroadcast) => {
    io.local.to(broadcast.room).emit(broadcast.event as never, broadcast.payload as never);
  });

  io.on("connection", (socket) => {
    const { caller } = socket.data;
    metrics().socketClients.inc();
    if (caller.userId) void socket.join(`user:${caller.userId}`);
    registerRoomHandlers(socket, caller);
    socket.on("disconnect", () => metrics().socketClients.dec());
  });

  setRealtimeServer(io as unknown as Server);
  return {
    io: io as unknown as Server,
    close: async () => {
      setRealtimeServer(undefined);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await pool.end();
    },
  };
}

/**
 * Cross-site WebSocket hijacking guard: a handshake that carries cookies must
 * come from a page on Rewind's own origin. Token clients (no cookie) may
 * connect from anywhere.
 */
function isSameOriginOrCookieless(headers: Record<string, string | string[] | undefined>): boolean {
  if (!headers.cookie) return true;
  const origin = headers.origin;
  if (typeof origin !== "string") return true;
  const host = headers["x-forwarded-host"] ?? headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
